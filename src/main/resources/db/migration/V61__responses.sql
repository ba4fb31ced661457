-- A respondent's unique link. The token is random (256 bits) and says nothing about who holds it;
-- who it was issued to lives here only. Context tags (e.g. an event id) let a reused engine
-- group responses. Respondent authority and role are kept for breakdowns of results.
create table response_link (
    id                bigserial    primary key,
    questionnaire_id  bigint       not null references questionnaire (id) on delete cascade,
    token             varchar(64)  not null unique,
    person_id         bigint,
    email             varchar(320),
    name              varchar(300),
    authority_gss     varchar(9),
    respondent_role   varchar(60),
    tags              jsonb        not null default '{}'::jsonb,
    source            varchar(20)  not null check (source in ('INVITATION', 'SELF_REQUESTED', 'OFFICER', 'API')),
    revoked_at        timestamptz,
    revoked_by        varchar(100),
    created_by        varchar(100) not null,
    created_at        timestamptz  not null default now()
);
create index response_link_questionnaire on response_link (questionnaire_id);
create index response_link_person on response_link (questionnaire_id, person_id);
create index response_link_email on response_link (questionnaire_id, lower(email));

-- Answers saved but not yet submitted ("save and return"), one per link.
create table response_draft (
    link_id  bigint      primary key references response_link (id) on delete cascade,
    answers  jsonb       not null,
    saved_at timestamptz not null default now()
);

-- Every submission through a link is kept; results use the latest version of each link, earlier
-- versions stay for audit.
create table response (
    id           bigserial    primary key,
    link_id      bigint       not null references response_link (id) on delete cascade,
    version      integer      not null,
    answers      jsonb        not null,
    consent      boolean      not null default false,
    channel      varchar(20)  not null check (channel in ('ONLINE', 'EMAIL', 'LETTER', 'API')),
    entered_by   varchar(100) not null,
    submitted_at timestamptz  not null default now(),
    unique (link_id, version)
);

-- Who read an individual response, and when: reading one is itself a recorded event.
create table response_view (
    id        bigserial    primary key,
    link_id   bigint       not null references response_link (id) on delete cascade,
    viewer    varchar(100) not null,
    viewed_at timestamptz  not null default now(),
    purpose   varchar(40)  not null
);
create index response_view_link on response_view (link_id);
