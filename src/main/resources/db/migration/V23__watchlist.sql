-- The watchlist: signals with admin-set weights, financial-health indicators over the benchmarking
-- measures, officers' saved views, weekly snapshots of the ranking, and the weekly digests sent.
create table watchlist_signal (
    id          varchar(40)   primary key,
    position    int           not null,
    weight      numeric(5,1)  not null check (weight >= 0 and weight <= 100),
    enabled     boolean       not null default true,
    parameter   varchar(40),
    updated_at  timestamptz   not null default now(),
    updated_by  varchar(100)  not null default 'system'
);

-- parameter: bottom-quartile compares within this comparator group (type, tier or region);
-- worsening looks at this many latest periods; peer-challenge at this many years.
insert into watchlist_signal (id, position, weight, parameter) values
 ('inspection-grade',   1, 30, null),
 ('intervention',       2, 25, null),
 ('overdue-milestones', 3, 10, null),
 ('threshold',          4, 15, null),
 ('bottom-quartile',    5, 10, 'type'),
 ('worsening',          6, 10, '3'),
 ('financial-health',   7, 10, null),
 ('peer-challenge',     8,  5, '4');

-- A ratio of benchmarking measures: the sum of the numerator measures over the denominator measure,
-- in the latest period every one of them has. An authority is flagged when its ratio falls in the
-- quarter of its own type furthest in direction `flag_when` (HIGH or LOW).
create table watchlist_finance_indicator (
    id                  varchar(60)   primary key,
    position            int           not null,
    name                varchar(200)  not null,
    numerator_measures  text[]        not null,
    denominator_measure varchar(100)  not null,
    flag_when           varchar(4)    not null check (flag_when in ('HIGH', 'LOW')),
    meaning             text          not null,
    source              text          not null
);

insert into watchlist_finance_indicator (id, position, name, numerator_measures, denominator_measure, flag_when, meaning, source) values
 ('social-care-ratio', 1, 'Social care share of net revenue expenditure', '{rs-adult-social-care,rs-childrens-social-care}',
  'rs-net-revenue-expenditure', 'HIGH',
  'A high share of spending on adult and children''s social care leaves less room to absorb pressure elsewhere',
  'The "social care ratio" of CIPFA''s Financial Resilience Index, computed here from MHCLG Revenue Outturn Summary (RS) figures'),
 ('council-tax-share', 2, 'Council tax requirement as a share of net revenue expenditure', '{rs-council-tax-requirement}',
  'rs-net-revenue-expenditure', 'LOW',
  'A low share funded by council tax means more reliance on grants and other income the council does not control',
  'The "council tax requirement / net revenue expenditure" indicator of CIPFA''s Financial Resilience Index, computed here from MHCLG Revenue Outturn Summary (RS) figures');

create table watchlist_view (
    id          bigserial     primary key,
    name        varchar(100)  not null,
    owner_id    bigint,
    owner_name  varchar(200)  not null,
    query       text          not null,
    shared      boolean       not null default false,
    created_at  timestamptz   not null default now()
);
create unique index watchlist_view_owner_name on watchlist_view (coalesce(owner_id, 0), lower(name));

-- The prioritisation of seed 004: authorities not yet inspected under the current children's
-- services framework, riskiest first.
insert into watchlist_view (name, owner_id, owner_name, query, shared) values
 ('Not yet inspected under ILACS, at potential risk', null, 'Stocktake', 'notInspected=ofsted/ilacs&minScore=0.1&sort=score', true);

create table watchlist_snapshot (
    week_start  date          not null,
    area_gss    varchar(12)   not null,
    score       numeric(7,2)  not null,
    rank        int           not null,
    raised      text[]        not null,
    primary key (week_start, area_gss)
);

create table oversight_digest (
    week_start  date          not null,
    recipient   varchar(320)  not null,
    regions     text          not null,
    delivered   boolean       not null,
    sent_at     timestamptz   not null default now(),
    primary key (week_start, recipient)
);
