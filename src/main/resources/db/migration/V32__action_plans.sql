-- A council's action plan after a peer challenge: each recommendation, the action taken on it, its
-- owner, due date and status (overdue is derived from the due date, CONTRACT.md).
create table challenge_action (
    id              bigserial    primary key,
    challenge_id    bigint       not null references peer_challenge (id) on delete cascade,
    recommendation  text         not null,
    action          text         not null,
    owner           varchar(200) not null,
    due_date        date         not null,
    status          varchar(20)  not null default 'OPEN' check (status in ('OPEN', 'DONE', 'CANCELLED')),
    created_by      varchar(100) not null,
    created_at      timestamptz  not null default now(),
    updated_by      varchar(100) not null,
    updated_at      timestamptz  not null default now()
);
create index challenge_action_challenge on challenge_action (challenge_id, id);
