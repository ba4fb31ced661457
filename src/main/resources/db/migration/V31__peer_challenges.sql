-- Peer challenges and their life: the current state, the dates that later steps are checked against,
-- and every step taken (who, when, on what date) in peer_challenge_step.
create table peer_challenge (
    id                   bigserial    primary key,
    area_code            varchar(12)  not null references area (code),
    product_id           varchar(40)  not null references improvement_product (id),
    state                varchar(40)  not null check (state in ('ENQUIRY', 'SCOPING', 'TEAM_CONFIRMED',
                             'POSITION_STATEMENT_RECEIVED', 'ON_SITE', 'FEEDBACK_PRESENTED', 'DRAFT_REPORT', 'REPORT_AGREED',
                             'PUBLISHED', 'PUBLICATION_DECLINED', 'ACTION_PLAN_RECEIVED', 'FOLLOW_UP', 'CLOSED')),
    follows_id           bigint       references peer_challenge (id),
    challenge_manager_id bigint       references person (id),
    scope                text,
    council_priorities   text,
    key_lines            text,
    enquiry_on           date         not null,
    on_site_start        date,
    on_site_end          date,
    published_on         date,
    report_link          varchar(500),
    declined_reason      text,
    closed_reason        text,
    created_by           varchar(100) not null,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    constraint peer_challenge_site check (on_site_end is null or on_site_end >= on_site_start),
    constraint peer_challenge_follows check (follows_id is null or follows_id <> id)
);
create index peer_challenge_area on peer_challenge (area_code);
create index peer_challenge_product_site on peer_challenge (product_id, on_site_start);

create table peer_challenge_step (
    id            bigserial    primary key,
    challenge_id  bigint       not null references peer_challenge (id) on delete cascade,
    from_state    varchar(40),
    to_state      varchar(40)  not null,
    occurred_on   date         not null,
    note          text,
    actor         varchar(100) not null,
    recorded_at   timestamptz  not null default now()
);
create index peer_challenge_step_challenge on peer_challenge_step (challenge_id, id);

create table peer_challenge_team (
    challenge_id  bigint      not null references peer_challenge (id) on delete cascade,
    person_id     bigint      not null references person (id),
    team_role     varchar(30) not null check (team_role in ('LEAD_MEMBER_PEER', 'LEAD_OFFICER_PEER', 'PEER')),
    primary key (challenge_id, person_id)
);
