-- Saved reports: a named set of measures and a comparator group, rendered for any council.
create table saved_report (
    id           bigserial    primary key,
    name         varchar(200) not null,
    description  text         not null default '',
    group_id     varchar(80)  not null,
    created_by   varchar(100) not null,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now()
);

create table saved_report_measure (
    report_id    bigint       not null references saved_report (id) on delete cascade,
    measure_id   varchar(80)  not null references measure (id) on delete cascade,
    position     smallint     not null,
    primary key (report_id, measure_id)
);
