-- Every message sent (or tried) about a questionnaire, per recipient: invitations and reminders go
-- out in throttled batches and are retried; failures and bounces are logged on the message.
create table consultation_message (
    id               bigserial    primary key,
    questionnaire_id bigint       not null references questionnaire (id) on delete cascade,
    link_id          bigint       references response_link (id) on delete cascade,
    email            varchar(320) not null,
    kind             varchar(12)  not null check (kind in ('INVITATION', 'REMINDER', 'OWN_LINK')),
    status           varchar(12)  not null default 'QUEUED' check (status in ('QUEUED', 'SENT', 'FAILED', 'BOUNCED', 'SUPPRESSED')),
    attempts         integer      not null default 0,
    last_error       text,
    next_attempt_at  timestamptz  not null default now(),
    queued_by        varchar(100) not null,
    queued_at        timestamptz  not null default now(),
    sent_at          timestamptz
);
create index consultation_message_due on consultation_message (status, next_attempt_at);
create index consultation_message_questionnaire on consultation_message (questionnaire_id);

-- Addresses that bounced are not written to again.
create table mail_suppression (
    email      varchar(320) primary key,
    reason     text         not null,
    created_by varchar(100) not null,
    created_at timestamptz  not null default now()
);
