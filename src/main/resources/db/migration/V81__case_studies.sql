-- The good-practice library: case studies with full-text search (weighted tsvector, ranked) and a
-- vocabulary of their words with a trigram index, through which misspelt query words are corrected.
create extension if not exists pg_trgm;

create table case_study (
    id                 bigserial     primary key,
    title              varchar(300)  not null,
    summary            text          not null,
    body_html          text          not null default '',
    body_text          text          not null default '',
    problem            text          not null default '',
    approach           text          not null default '',
    outcomes           text          not null default '',
    savings_gbp        numeric(14, 2) check (savings_gbp >= 0),
    income_gbp         numeric(14, 2) check (income_gbp >= 0),
    people_helped      integer       check (people_helped >= 0),
    themes             text[]        not null default '{}',
    service_areas      text[]        not null default '{}',
    -- councils involved (register GSS codes) with their types and regions copied at save time, so
    -- that filters need no join into another module's tables
    area_codes         varchar(9)[]  not null default '{}',
    area_types         text[]        not null default '{}',
    regions            varchar(9)[]  not null default '{}',
    measure_ids        text[]        not null default '{}',
    -- the themes and service areas as words, for the search vector (array_to_string is not immutable)
    tags_text          text          not null default '',
    contact            text          not null default '',
    source             varchar(200)  not null default '',
    source_url         text,
    started_on         date,
    published_on       date,
    status             varchar(10)   not null check (status in ('draft', 'submitted', 'published', 'archived')),
    submitted_by       varchar(100),
    submitted_for      varchar(9),
    moderation_note    text,
    created_at         timestamptz   not null default now(),
    updated_at         timestamptz   not null default now(),
    search             tsvector generated always as (
        setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(summary, '') || ' ' || tags_text), 'B')
        || setweight(to_tsvector('english', coalesce(problem, '') || ' ' || coalesce(approach, '') || ' '
            || coalesce(outcomes, '')), 'C')
        || setweight(to_tsvector('english', coalesce(body_text, '')), 'D')) stored
);
create index case_study_search on case_study using gin (search);
create index case_study_status_published on case_study (status, published_on desc);
create index case_study_themes on case_study using gin (themes);
create index case_study_regions on case_study using gin (regions);
create index case_study_area_types on case_study using gin (area_types);
create index case_study_title_trgm on case_study using gin (title gin_trgm_ops);

-- every word the library uses, for "did you mean": a misspelt query word is replaced by its nearest
-- word here by trigram similarity
create table case_study_word (
    word varchar(60) primary key
);
create index case_study_word_trgm on case_study_word using gin (word gin_trgm_ops);

-- how often each case study was opened, per ISO week; nothing about who opened it
create table case_study_usage (
    case_study_id bigint  not null references case_study (id) on delete cascade,
    week_start    date    not null,
    views         integer not null default 0,
    primary key (case_study_id, week_start)
);
