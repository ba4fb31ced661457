-- Business plans by financial year (year_start 2015 = 2015/16), their themes and targets.
create table perf_plan (
    id            bigserial primary key,
    year_start    integer not null unique check (year_start between 2000 and 2100),
    title         text    not null,
    demonstration boolean not null default false,
    created_at    timestamptz not null default now()
);

create table perf_theme (
    id       bigserial primary key,
    plan_id  bigint  not null references perf_plan (id) on delete cascade,
    name     text    not null,
    position integer not null,
    unique (plan_id, name)
);

-- How a target is rated, held as data: PRO_RATA compares cumulative delivery with target x quarter/4
-- (amber within amber_tolerance_percent below that profile); MILESTONE looks at the due date.
create table perf_rag_rule (
    id                      text    primary key,
    name                    text    not null,
    method                  text    not null check (method in ('PRO_RATA', 'MILESTONE')),
    amber_tolerance_percent numeric(5, 2) not null default 0,
    amber_days_before_due   integer not null default 0
);

insert into perf_rag_rule (id, name, method, amber_tolerance_percent, amber_days_before_due) values
    ('pro-rata', 'Against the pro-rata profile: green at or above it, amber up to 25% below, red beyond', 'PRO_RATA', 25, 0),
    ('pro-rata-strict', 'Against the pro-rata profile: green at or above it, amber up to 10% below, red beyond', 'PRO_RATA', 10, 0),
    ('milestone', 'By due date: green when done or not yet due, amber within 90 days of the due date, red when overdue', 'MILESTONE', 0, 90);

create table perf_target (
    id                      bigserial primary key,
    plan_id                 bigint  not null references perf_plan (id) on delete cascade,
    theme_id                bigint  not null references perf_theme (id),
    code                    text    not null,
    description             text    not null,
    annex_a_text            text,
    kind                    text    not null check (kind in ('NUMERIC', 'MILESTONE')),
    target_value            numeric(16, 2),
    unit                    text    not null default 'COUNT',
    aggregation             text    not null check (aggregation in ('SUM', 'LATEST')),
    funding_source          text,
    owner                   text,
    due_date                date,
    completed_on            date,
    in_annex_a              boolean not null default true,
    in_annex_b              boolean not null default true,
    position                integer not null,
    rag_rule                text    not null references perf_rag_rule (id) default 'pro-rata',
    linked_figure           text,
    rag_override            text check (rag_override in ('GREEN', 'AMBER', 'RED')),
    rag_override_commentary text,
    rag_override_quarter    smallint,
    unique (plan_id, code)
);

-- One quarter's return; delivered null = not reported (blank or the source's marker such as n/a), never zero.
create table perf_return (
    target_id     bigint   not null references perf_target (id) on delete cascade,
    quarter       smallint not null check (quarter between 1 and 4),
    delivered     numeric(16, 2),
    marker        text,
    narrative     text,
    commentary    text,
    forecast      text,
    signed_off_at timestamptz,
    signed_off_by text,
    primary key (target_id, quarter)
);

-- Changes to a signed-off quarter: the reason is required; the audit trail holds the same change.
create table perf_amendment (
    id          bigserial primary key,
    target_id   bigint   not null references perf_target (id) on delete cascade,
    quarter     smallint not null,
    reason      text     not null,
    before_value text,
    after_value  text,
    actor       text     not null,
    amended_at  timestamptz not null default now()
);
