-- Subscriptions by email to a board's new papers. The token (256 random bits, URL-safe) is in the
-- links of every email to the subscriber, to confirm and to unsubscribe without signing in.
create table board_subscription (
    id           bigserial    primary key,
    board_id     bigint       not null references board (id) on delete cascade,
    email        varchar(320) not null,
    token        varchar(64)  not null unique,
    confirmed_at timestamptz,
    created_at   timestamptz  not null default now(),
    unique (board_id, email)
);
