-- The directory of people: councillors, council officers and the association's own officers,
-- with their roles over time.
create table person (
    id           bigserial    primary key,
    ref          varchar(100) not null unique, -- the importer's stable identifier, so re-importing changes nothing
    name         varchar(200) not null,
    person_type  varchar(30)  not null check (person_type in ('COUNCILLOR', 'OFFICER', 'ASSOCIATION_OFFICER')),
    area_code    varchar(12)  references area (code),
    party        varchar(30),
    email        varchar(254),
    phone        varchar(40),
    fictitious   boolean      not null default false,
    search_text  text         not null default '',
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    constraint person_authority check (person_type = 'ASSOCIATION_OFFICER' or area_code is not null)
);
create index person_area on person (area_code);
create index person_search_trgm on person using gin (search_text gin_trgm_ops);

create table person_role (
    id          bigserial    primary key,
    person_id   bigint       not null references person (id) on delete cascade,
    role_type   varchar(40)  not null,
    title       varchar(200),
    region      varchar(9),
    start_date  date,
    end_date    date,
    constraint person_role_dates check (end_date is null or start_date is null or end_date >= start_date)
);
create index person_role_person on person_role (person_id);
create index person_role_type on person_role (role_type);
