-- Boards of the association, their members by year, meetings with agendas of items (some exempt
-- under Schedule 12A), the note of each item (decision and minute) and the actions that follow.
create table board (
    id                 bigserial    primary key,
    slug               varchar(120) not null unique,
    name               varchar(200) not null,
    terms_of_reference text,
    demonstration      boolean      not null default false,
    created_at         timestamptz  not null default now()
);

-- A person of the directory on a board for a year; user_id links the member's account, which lets
-- a MEMBER user read the board's exempt papers.
create table board_member (
    id          bigserial    primary key,
    board_id    bigint       not null references board (id) on delete cascade,
    person_id   bigint       not null,
    year        varchar(7)   not null check (year ~ '^[0-9]{4}/[0-9]{2}$'),
    member_role varchar(20)  not null check (member_role in ('CHAIR', 'VICE_CHAIR', 'DEPUTY_CHAIR', 'MEMBER', 'SUBSTITUTE', 'OBSERVER')),
    user_id     bigint       references app_user (id) on delete set null,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null default now(),
    unique (board_id, person_id, year)
);
create index board_member_user on board_member (user_id);

create table meeting (
    id                bigserial    primary key,
    board_id          bigint       not null references board (id),
    meeting_date      date         not null,
    start_time        time,
    venue             varchar(300),
    cycle             varchar(12)  check (cycle is null or cycle ~ '^[0-9]{4}/[0-9]{2} Q[1-4]$'),
    status            varchar(12)  not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    published_at      timestamptz,
    minutes_published boolean      not null default false,
    created_by        varchar(100) not null,
    created_at        timestamptz  not null default now()
);
create index meeting_board on meeting (board_id, meeting_date);

create table agenda_item (
    id                bigserial    primary key,
    meeting_id        bigint       not null references meeting (id) on delete cascade,
    position          int          not null,
    title             varchar(300) not null,
    purpose           varchar(20)  not null check (purpose in ('FOR_DECISION', 'FOR_DISCUSSION', 'FOR_INFORMATION')),
    exempt            boolean      not null default false,
    exempt_paragraph  int          check (exempt_paragraph between 1 and 7),
    contact_name      varchar(200),
    contact_position  varchar(200),
    contact_phone     varchar(50),
    contact_email     varchar(320),
    summary           text,
    recommendations   text,
    action_text       text,
    body              text,
    decision          varchar(30)  check (decision in ('AGREED', 'NOTED', 'AGREED_WITH_AMENDMENTS')),
    minute            text,
    unique (meeting_id, position),
    constraint agenda_item_exempt_reason check (not exempt or exempt_paragraph is not null)
);

create table board_action (
    id             bigserial    primary key,
    meeting_id     bigint       not null references meeting (id) on delete cascade,
    agenda_item_id bigint       references agenda_item (id) on delete set null,
    description    text         not null,
    owner          varchar(200) not null,
    due_date       date         not null,
    status         varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'DONE', 'CANCELLED')),
    created_by     varchar(100) not null,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);
create index board_action_status on board_action (status, due_date);
