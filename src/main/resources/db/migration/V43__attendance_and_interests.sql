-- Who attended a meeting (present, apologies, absent, with any substitute) and the interests
-- members declared, per item, as the note of the meeting records them.
create table meeting_attendance (
    id              bigserial    primary key,
    meeting_id      bigint       not null references meeting (id) on delete cascade,
    member_id       bigint       not null references board_member (id) on delete cascade,
    attendance      varchar(12)  not null check (attendance in ('PRESENT', 'APOLOGIES', 'ABSENT')),
    substitute_name varchar(200),
    unique (meeting_id, member_id)
);

create table interest_declaration (
    id             bigserial    primary key,
    meeting_id     bigint       not null references meeting (id) on delete cascade,
    agenda_item_id bigint       not null references agenda_item (id) on delete cascade,
    member_name    varchar(200) not null,
    interest       text         not null,
    created_by     varchar(100) not null,
    created_at     timestamptz  not null default now()
);
create index interest_declaration_meeting on interest_declaration (meeting_id);
