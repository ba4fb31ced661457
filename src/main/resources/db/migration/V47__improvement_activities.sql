-- Improvement activity logged by officers against any board, the councils it involves, and the
-- meeting of the Improvement and Innovation Board whose activity report included it.
create table improvement_activity (
    id                  bigserial    primary key,
    board_id            bigint       not null references board (id),
    title               varchar(300) not null,
    description         text         not null,
    programme           varchar(200),
    theme               varchar(200),
    activity_date       date         not null,
    significant         boolean      not null default false,
    reported_meeting_id bigint       references meeting (id) on delete set null,
    created_by          varchar(100) not null,
    created_at          timestamptz  not null default now()
);
create index improvement_activity_board on improvement_activity (board_id, activity_date);

create table improvement_activity_council (
    activity_id bigint      not null references improvement_activity (id) on delete cascade,
    gss_code    varchar(12) not null,
    primary key (activity_id, gss_code)
);
