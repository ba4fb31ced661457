-- How each type of line is rated against the seed's key (G within 5%, A 5-10%, R beyond 10%);
-- favourable_is_green: an underspend on expenditure or a surplus on income is green whatever its size.
create table perf_account_rule (
    line_type            text primary key check (line_type in ('INCOME', 'EXPENDITURE')),
    favourable_is_green  boolean not null,
    green_within_percent numeric(5, 2) not null,
    amber_within_percent numeric(5, 2) not null
);

insert into perf_account_rule values ('INCOME', true, 5, 10), ('EXPENDITURE', true, 5, 10);

-- One imported financial period of the management accounts (P1 = April); amounts kept in pounds.
create table perf_account_period (
    id          bigserial primary key,
    year_start  integer  not null,
    period      smallint not null check (period between 1 and 12),
    units       text     not null,
    filename    text,
    imported_by text     not null,
    imported_at timestamptz not null default now(),
    demonstration boolean not null default false,
    unique (year_start, period)
);

create table perf_account_line (
    id                      bigserial primary key,
    period_id               bigint  not null references perf_account_period (id) on delete cascade,
    position                integer not null,
    section                 text    not null check (section in ('CORE', 'RING_FENCED')),
    line                    text    not null,
    type                    text    not null check (type in ('INCOME', 'EXPENDITURE')),
    budget_ytd              numeric(16, 2) not null,
    actual_ytd              numeric(16, 2) not null,
    budget_year             numeric(16, 2) not null,
    forecast_outturn        numeric(16, 2) not null,
    commentary              text,
    rag_override            text check (rag_override in ('GREEN', 'AMBER', 'RED')),
    rag_override_commentary text,
    unique (period_id, section, line)
);
