-- Nearest-neighbour models: each a named, documented way of finding an authority's most similar
-- peers. A computed model standardises chosen contextual measures and ranks Euclidean distances; an
-- imported model holds a list someone else published (named as theirs only if it is theirs).
create table neighbour_model (
    id           varchar(60)  primary key check (id ~ '^[a-z0-9][a-z0-9-]*$'),
    name         varchar(200) not null,
    description  text         not null default '',
    kind         varchar(10)  not null check (kind in ('COMPUTED', 'IMPORTED')),
    source       text         not null default '',
    size         smallint     not null check (size between 1 and 100),
    year         smallint,                 -- the latest year whose values a computed model used
    computed_at  timestamptz,
    updated_by   varchar(100) not null,
    -- the model's id must not shadow a standard comparator group
    constraint neighbour_model_not_standard check (id not in ('england', 'wales', 'england-and-wales', 'region', 'type', 'tier'))
);

create table neighbour_model_variable (
    model_id     varchar(60)  not null references neighbour_model (id) on delete cascade,
    measure_id   varchar(80)  not null references measure (id),
    weight       numeric      not null check (weight > 0),
    log_scale    boolean      not null default false,
    position     smallint     not null,
    primary key (model_id, measure_id)
);

-- What a computed model used for each authority: the value (from which period) and its z-score.
create table neighbour_model_score (
    model_id     varchar(60)  not null references neighbour_model (id) on delete cascade,
    area_gss     varchar(9)   not null references area (gss_code) on update cascade,
    measure_id   varchar(80)  not null,
    period       varchar(12)  not null,
    value        numeric      not null,
    z            double precision not null,
    primary key (model_id, area_gss, measure_id)
);

create table neighbour (
    model_id      varchar(60)  not null references neighbour_model (id) on delete cascade,
    area_gss      varchar(9)   not null references area (gss_code) on update cascade,
    neighbour_gss varchar(9)   not null references area (gss_code) on update cascade,
    rank          smallint     not null check (rank >= 1),
    distance      double precision,        -- null for an imported list that gives none
    primary key (model_id, area_gss, neighbour_gss),
    unique (model_id, area_gss, rank),
    check (area_gss <> neighbour_gss)
);
