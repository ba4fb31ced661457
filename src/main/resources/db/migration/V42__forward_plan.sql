-- A board's forward plan: standing items that come to every meeting, and reports scheduled into a
-- quarterly cycle. Each becomes an agenda item of a meeting; its report owner is reminded before
-- the papers deadline.
create table forward_plan_item (
    id           bigserial    primary key,
    board_id     bigint       not null references board (id) on delete cascade,
    title        varchar(300) not null,
    purpose      varchar(20)  not null check (purpose in ('FOR_DECISION', 'FOR_DISCUSSION', 'FOR_INFORMATION')),
    standing     boolean      not null default false,
    cycle        varchar(12)  check (cycle is null or cycle ~ '^[0-9]{4}/[0-9]{2} Q[1-4]$'),
    report_owner varchar(200) not null,
    owner_email  varchar(320),
    notes        text,
    created_by   varchar(100) not null,
    created_at   timestamptz  not null default now(),
    constraint forward_plan_when check (standing or cycle is not null)
);
create index forward_plan_board on forward_plan_item (board_id);

-- The agenda items a plan entry became, and when the owner was reminded of the report.
create table forward_plan_use (
    plan_item_id   bigint      not null references forward_plan_item (id) on delete cascade,
    meeting_id     bigint      not null references meeting (id) on delete cascade,
    agenda_item_id bigint      references agenda_item (id) on delete set null,
    reminded_at    timestamptz,
    primary key (plan_item_id, meeting_id)
);
