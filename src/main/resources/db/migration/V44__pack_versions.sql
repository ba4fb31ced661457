-- Every publication of a meeting's pack is kept: the public pack as it was sent out (PDF and Word),
-- what it contained (to say what changed in the next) and what changed from the one before.
create table meeting_pack_version (
    id           bigserial    primary key,
    meeting_id   bigint       not null references meeting (id) on delete cascade,
    version      int          not null,
    published_at timestamptz  not null default now(),
    published_by varchar(100) not null,
    pdf          bytea        not null,
    docx         bytea        not null,
    contents     jsonb        not null,
    changes      text         not null,
    unique (meeting_id, version)
);
