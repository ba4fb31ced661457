-- The catalogue of measures of the benchmarking data service.
create extension if not exists pg_trgm;

create table measure (
    id               varchar(80)  primary key check (id ~ '^[a-z0-9][a-z0-9-]*$'),
    title            varchar(300) not null,
    description      text         not null default '',
    unit             varchar(20)  not null check (unit in ('COUNT', 'PERCENTAGE', 'GBP', 'GBP_THOUSANDS', 'GBP_PER_HEAD',
                         'RATE_PER_1000', 'SCORE', 'DAYS', 'RATIO')),
    polarity         varchar(20)  not null check (polarity in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL')),
    decimal_places   smallint     not null default 0 check (decimal_places between 0 and 6),
    source           text         not null default '',
    source_url       text,
    licence          text         not null default '',
    periodicity      varchar(20)  not null check (periodicity in ('FINANCIAL_YEAR', 'ACADEMIC_YEAR', 'CALENDAR_YEAR',
                         'FINANCIAL_QUARTER', 'CALENDAR_QUARTER', 'MONTH')),
    area_types       text[]       not null,
    themes           text[]       not null default '{}',
    restricted       boolean      not null default false,
    min_value        numeric,
    max_value        numeric,
    weight_measure   varchar(80)  references measure (id) on delete set null,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    search_vector    tsvector     generated always as (
                         setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                         setweight(to_tsvector('english', coalesce(description, '')), 'B') ||
                         setweight(to_tsvector('simple', replace(id, '-', ' ')), 'A')) stored,
    search_text      text         generated always as (lower(id || ' ' || title)) stored,
    constraint measure_range check (min_value is null or max_value is null or min_value <= max_value)
);
create index measure_search_vector on measure using gin (search_vector);
create index measure_search_trgm on measure using gin (search_text gin_trgm_ops);
create index measure_themes on measure using gin (themes);
