-- Statutory thresholds over benchmarking measures, held as data. A rule compares the mean of an
-- authority's values over the latest `periods` periods of a measure with `threshold`; within
-- `near_margin` of it on the wrong side counts as near.
create table threshold_rule (
    id           varchar(60)   primary key,
    name         varchar(200)  not null,
    measure_id   varchar(100)  not null,
    comparison   varchar(2)    not null check (comparison in ('<=', '<', '>=', '>')),
    threshold    numeric       not null,
    periods      int           not null check (periods > 0),
    near_margin  numeric       not null default 0 check (near_margin >= 0),
    consequence  text          not null,
    source       text          not null
);

insert into threshold_rule (id, name, measure_id, comparison, threshold, periods, near_margin, consequence, source) values
 ('planning-major-speed', 'Speed of decisions on major planning applications', 'planning-major-within-13-weeks', '<=', 40, 8, 5,
  'At risk of designation as poorly performing: 40% or less of major applications decided within 13 weeks over the assessment period',
  'Designation of poorly performing planning authorities (Town and Country Planning Act 1990, section 62A), as described in the LGA Improvement and Innovation Board paper: "Planning authorities who process 40 per cent or less of major applications within 13 weeks may be designated as poorly performing"');
