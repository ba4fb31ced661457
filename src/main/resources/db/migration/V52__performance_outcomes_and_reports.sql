-- Programme outcomes with money, recorded per programme and year and rolled into the report.
create table perf_outcome (
    id                bigserial primary key,
    year_start        integer not null,
    programme         text    not null,
    savings           numeric(16, 2),
    investment        numeric(16, 2),
    councils_supported integer,
    source            text,
    unique (year_start, programme)
);

-- The words of one board report (year and quarter); the figures come from the recorded data.
create table perf_report (
    year_start           integer  not null,
    quarter              smallint not null check (quarter between 1 and 4),
    board                text,
    meeting_date         date,
    purpose              text,
    summary              text,
    recommendation       text,
    action               text,
    contact              text,
    background           text,
    highlights           text,
    financial            text,
    accounts_period      smallint,
    primary key (year_start, quarter)
);
