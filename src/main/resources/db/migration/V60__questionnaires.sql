-- Questionnaires of every kind (consultations, event evaluations, impact surveys): numbered
-- questions in sections. Answers refer to questions by their stable key and to options by label,
-- so a published questionnaire may gain options but never lose one.
create table questionnaire (
    id                bigserial    primary key,
    slug              varchar(120) not null unique,
    kind              varchar(20)  not null check (kind in ('CONSULTATION', 'EVALUATION', 'IMPACT_SURVEY', 'SURVEY')),
    title             varchar(300) not null,
    summary           text,
    status            varchar(12)  not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    opens_at          timestamptz,
    closes_at         timestamptz,
    results_published boolean      not null default false,
    minimum_cell      integer      check (minimum_cell is null or minimum_cell >= 1),
    demonstration     boolean      not null default false,
    created_by        varchar(100) not null,
    created_at        timestamptz  not null default now(),
    published_at      timestamptz
);

create table questionnaire_section (
    id               bigserial    primary key,
    questionnaire_id bigint       not null references questionnaire (id) on delete cascade,
    position         integer      not null,
    title            varchar(300),
    intro            text,
    unique (questionnaire_id, position)
);

create table question (
    id               bigserial    primary key,
    questionnaire_id bigint       not null references questionnaire (id) on delete cascade,
    section_id       bigint       not null references questionnaire_section (id) on delete cascade,
    position         integer      not null,
    key              varchar(60)  not null,
    number           varchar(12),
    text             text         not null,
    help             text,
    type             varchar(20)  not null check (type in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'FREE_TEXT', 'SCALE', 'NUMBER')),
    required         boolean      not null default false,
    scale_min        integer,
    scale_max        integer,
    scale_min_label  varchar(100),
    scale_max_label  varchar(100),
    shown_when_key   varchar(60),
    shown_when_any   jsonb,
    unique (questionnaire_id, key),
    unique (questionnaire_id, position)
);

create table question_option (
    id          bigserial    primary key,
    question_id bigint       not null references question (id) on delete cascade,
    position    integer      not null,
    label       varchar(500) not null,
    unique (question_id, label)
);
