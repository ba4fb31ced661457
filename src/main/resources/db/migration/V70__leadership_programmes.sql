-- Leadership programmes (the association's Highlighting Leadership offer), their events (a cohort or
-- a one-off course) and each event's modules. The six programmes the seed paper 004 names are
-- reference data; newer programmes are added by officers.
create table leadership_programme (
    code         varchar(20)  primary key,
    name         varchar(200) not null,
    description  text,
    position     int          not null default 100,
    created_at   timestamptz  not null default now()
);
insert into leadership_programme (code, name, position) values
 ('LA', 'Leadership Academy', 1),
 ('LE', 'Leadership Essentials', 2),
 ('FOL', 'Focus on Leadership', 3),
 ('LEAD', 'Leaders'' Programme', 4),
 ('NXG', 'Next Generation', 5),
 ('LEDGE', 'Leading Edge', 6);

-- An event: e.g. "Leadership Academy 152" (three modules) or "Leadership Essentials: Children
-- Services 11" (one). Dates may be unknown for events taken from a paper that gives none.
create table leadership_event (
    id              bigserial    primary key,
    programme_code  varchar(20)  not null references leadership_programme (code),
    title           varchar(300) not null,
    cohort          varchar(100),
    starts_on       date,
    ends_on         date,
    venue           varchar(300),
    capacity        int          check (capacity is null or capacity > 0),
    partner         varchar(200),
    eligible_party  varchar(40),
    created_by      varchar(100) not null,
    created_at      timestamptz  not null default now(),
    unique (programme_code, title)
);
create index leadership_event_starts_on on leadership_event (starts_on);

create table leadership_module (
    id        bigserial    primary key,
    event_id  bigint       not null references leadership_event (id) on delete cascade,
    number    int          not null check (number > 0),
    held_on   date,
    venue     varchar(300),
    unique (event_id, number)
);
