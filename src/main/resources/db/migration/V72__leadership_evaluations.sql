-- End-of-event evaluations per module: each response's overall satisfaction (1 = poor … 4 =
-- excellent) and whether the programme made a difference. Averages reported in a paper without the
-- responses behind them are kept apart, with their source, never turned into invented responses.
create table leadership_evaluation (
    id               bigserial    primary key,
    module_id        bigint       not null references leadership_module (id) on delete cascade,
    booking_id       bigint       references leadership_booking (id),
    satisfaction     int          not null check (satisfaction between 1 and 4),
    made_difference  boolean,
    comments         text,
    submitted_at     timestamptz  not null default now(),
    unique (module_id, booking_id)
);
create table leadership_reported_satisfaction (
    module_id  bigint        primary key references leadership_module (id) on delete cascade,
    average    numeric(4, 2) not null check (average between 1 and 4),
    source     varchar(300)  not null
);

-- Impact surveys: a random cross-section of those who completed a programme four to six months
-- before the draw; size and seed are kept so the draw can be repeated exactly.
create table leadership_impact_draw (
    id           bigserial    primary key,
    drawn_on     date         not null,
    window_from  date         not null,
    window_to    date         not null,
    programme    varchar(20),
    size         int          not null check (size > 0),
    seed         bigint       not null,
    candidates   int          not null,
    drawn_by     varchar(100) not null,
    drawn_at     timestamptz  not null default now()
);
create table leadership_impact_invitation (
    id          bigserial    primary key,
    draw_id     bigint       not null references leadership_impact_draw (id) on delete cascade,
    booking_id  bigint       not null references leadership_booking (id),
    person_id   bigint       references person (id),
    kind        varchar(20)  not null check (kind in ('PARTICIPANT', 'COLLEAGUE')),
    email       varchar(300),
    sent        boolean      not null default false,
    invited_at  timestamptz  not null default now()
);
