-- Data collections: what is collected from whom and when, the validation rules (held as data),
-- each authority's return with its values, notes and history, and which reminders went out.
create table collection (
    id            bigserial    primary key,
    title         varchar(300) not null,
    period        varchar(12)  not null,  -- canonical period text, e.g. 2025/26 Q2
    periodicity   varchar(20)  not null,
    opens_on      date         not null,
    closes_on     date         not null,
    publish_on    date         not null,  -- the embargo: nothing submitted is public before this day
    published_at  timestamptz,
    created_by    varchar(100) not null,
    created_at    timestamptz  not null default now(),
    constraint collection_dates check (opens_on <= closes_on and closes_on <= publish_on)
);

create table collection_measure (
    collection_id bigint      not null references collection (id) on delete cascade,
    measure_id    varchar(80) not null references measure (id),
    position      integer     not null,
    primary key (collection_id, measure_id)
);

create table collection_authority (
    collection_id bigint     not null references collection (id) on delete cascade,
    area_gss      varchar(9) not null references area (gss_code) on update cascade,
    primary key (collection_id, area_gss)
);

create table collection_rule (
    id             bigserial    primary key,
    collection_id  bigint       not null references collection (id) on delete cascade,
    kind           varchar(20)  not null check (kind in ('RANGE', 'RELATION', 'COMPLETENESS', 'HISTORY_OUTLIER', 'PEER_OUTLIER')),
    severity       varchar(10)  not null check (severity in ('ERROR', 'WARNING')),
    measure_id     varchar(80),
    other_measure  varchar(80),
    operator       varchar(2),
    min_value      numeric,
    max_value      numeric,
    method         varchar(12)  check (method in ('Z_SCORE', 'MODIFIED_Z')),
    threshold      numeric,
    peer_group     varchar(100),
    min_points     integer,
    message        varchar(500)
);

create table collection_return (
    collection_id  bigint       not null references collection (id) on delete cascade,
    area_gss       varchar(9)   not null references area (gss_code) on update cascade,
    state          varchar(12)  not null check (state in ('DRAFT', 'SUBMITTED', 'QUERIED', 'ACCEPTED', 'REJECTED')),
    submitted_at   timestamptz,
    submitted_by   varchar(100),
    reviewed_at    timestamptz,
    reviewed_by    varchar(100),
    review_comment varchar(4000),
    published_at   timestamptz,
    updated_at     timestamptz  not null default now(),
    primary key (collection_id, area_gss)
);

create table collection_value (
    collection_id bigint        not null,
    area_gss      varchar(9)    not null,
    measure_id    varchar(80)   not null,
    value         numeric,
    status        varchar(12)   not null,
    marker        varchar(10),
    note          varchar(4000),
    updated_by    varchar(100)  not null,
    updated_at    timestamptz   not null default now(),
    primary key (collection_id, area_gss, measure_id),
    foreign key (collection_id, area_gss) references collection_return (collection_id, area_gss) on delete cascade,
    constraint collection_value_number check ((status in ('suppressed', 'missing')) = (value is null))
);

create table collection_event (
    id            bigserial    primary key,
    collection_id bigint       not null,
    area_gss      varchar(9)   not null,
    action        varchar(20)  not null,
    comment       varchar(4000),
    actor         varchar(100) not null,
    at            timestamptz  not null default now(),
    foreign key (collection_id, area_gss) references collection_return (collection_id, area_gss) on delete cascade
);
create index collection_event_return on collection_event (collection_id, area_gss, id);

-- one row per reminder sent, so a job run twice (or on two instances) never mails twice
create table collection_reminder (
    collection_id bigint      not null references collection (id) on delete cascade,
    area_gss      varchar(9)  not null,
    kind          varchar(20) not null,
    sent_at       timestamptz not null default now(),
    primary key (collection_id, area_gss, kind)
);
