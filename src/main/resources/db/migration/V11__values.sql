-- Values of measures by area and period, their revisions, and the history of value imports.
create table value_import (
    id           bigserial    primary key,
    filename     varchar(300) not null,
    sha256       varchar(64)  not null,
    imported_by  varchar(100) not null,
    imported_at  timestamptz  not null default now(),
    row_count    integer      not null,
    inserted     integer      not null,
    updated      integer      not null,
    unchanged    integer      not null,
    skipped      integer      not null
);

create table data_value (
    measure_id   varchar(80)  not null references measure (id) on delete cascade,
    period       varchar(12)  not null,  -- canonical text: 2015/16, 2015, 2015/16 Q1, 2015 Q1, 2015-04
    area_gss     varchar(9)   not null references area (gss_code) on update cascade,
    period_start date         not null,  -- first day of the period, for ordering
    value        numeric,
    status       varchar(12)  not null check (status in ('published', 'provisional', 'revised', 'estimated', 'suppressed', 'missing')),
    marker       varchar(10),             -- the source's marker for a suppressed or missing value ('..', 'x', '[c]', '-', 'NA', '…', '')
    import_id    bigint       references value_import (id),
    updated_at   timestamptz  not null default now(),
    primary key (measure_id, period, area_gss),
    -- a suppressed or missing value has no number (never zero); every other status has one
    constraint data_value_number check ((status in ('suppressed', 'missing')) = (value is null))
);
create index data_value_area on data_value (area_gss, measure_id, period_start);

create table data_value_revision (
    id            bigserial    primary key,
    measure_id    varchar(80)  not null,
    period        varchar(12)  not null,
    area_gss      varchar(9)   not null,
    old_value     numeric,
    old_status    varchar(12)  not null,
    old_marker    varchar(10),
    old_import_id bigint       references value_import (id),
    new_value     numeric,
    new_status    varchar(12)  not null,
    new_marker    varchar(10),
    import_id     bigint       not null references value_import (id),
    changed_by    varchar(100) not null,
    changed_at    timestamptz  not null default now(),
    foreign key (measure_id, period, area_gss) references data_value (measure_id, period, area_gss) on delete cascade on update cascade
);
create index data_value_revision_key on data_value_revision (measure_id, area_gss, period);
