-- Themes officers give to free-text answers. A theme belongs to a questionnaire; a tag links it to
-- one link's answer to one question, so it survives the respondent replacing their response.
create table response_theme (
    id               bigserial    primary key,
    questionnaire_id bigint       not null references questionnaire (id) on delete cascade,
    name             varchar(120) not null,
    created_by       varchar(100) not null,
    created_at       timestamptz  not null default now()
);
create unique index response_theme_name on response_theme (questionnaire_id, lower(name));

create table answer_theme (
    link_id      bigint       not null references response_link (id) on delete cascade,
    question_key varchar(60)  not null,
    theme_id     bigint       not null references response_theme (id) on delete cascade,
    tagged_by    varchar(100) not null,
    tagged_at    timestamptz  not null default now(),
    primary key (link_id, question_key, theme_id)
);
