-- The register of authorities: councils, fire and rescue authorities, combined authorities and
-- national parks, with their reorganisations and groupings.
create table area (
    code              varchar(12)  primary key, -- mySociety's local-authority-code, or the GSS code where it has none
    gss_code          varchar(9)   not null unique check (gss_code ~ '^[EWSN][0-9]{8}$'),
    official_name     varchar(200) not null,
    name              varchar(200) not null,
    type              varchar(30)  not null check (type in ('COUNTY', 'NON_METROPOLITAN_DISTRICT', 'UNITARY',
                          'METROPOLITAN_DISTRICT', 'LONDON_BOROUGH', 'CITY_OF_LONDON', 'WELSH_UNITARY',
                          'GREATER_LONDON_AUTHORITY', 'COMBINED_AUTHORITY', 'FIRE_AND_RESCUE', 'NATIONAL_PARK')),
    region            varchar(9)   not null,
    parent_code       varchar(12)  references area (code) deferrable initially deferred,
    start_date        date,
    end_date          date,
    current           boolean      not null,
    population_2020   integer,
    notes             text,
    search_text       text         not null default '',
    constraint area_dates check (end_date is null or start_date is null or end_date >= start_date)
);
create index area_type_region on area (type, region);
create index area_parent on area (parent_code);
create index area_search_trgm on area using gin (search_text gin_trgm_ops);

create table area_former_code (
    gss_code  varchar(9)  primary key,
    area_code varchar(12) not null references area (code) on delete cascade deferrable initially deferred
);

create table area_succession (
    predecessor_code varchar(12) not null references area (code) on delete cascade deferrable initially deferred,
    successor_code   varchar(12) not null references area (code) on delete cascade deferrable initially deferred,
    primary key (predecessor_code, successor_code)
);
create index area_succession_successor on area_succession (successor_code);

create table area_group (
    id          varchar(80)  primary key,
    name        varchar(200) not null,
    kind        varchar(30)  not null check (kind in ('COMBINED_AUTHORITY', 'FIRE_AND_RESCUE_AREA', 'PARTNERSHIP', 'USER_DEFINED')),
    description text,
    area_code   varchar(12)  references area (code) on delete set null,
    source      text,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null default now()
);

create table area_group_member (
    group_id  varchar(80) not null references area_group (id) on delete cascade,
    area_code varchar(12) not null references area (code) on delete cascade,
    primary key (group_id, area_code)
);
create index area_group_member_area on area_group_member (area_code);
