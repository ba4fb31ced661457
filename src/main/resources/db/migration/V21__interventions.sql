-- Government intervention in an authority, and the milestones that follow a judgement. Milestone
-- rules are data: counted in calendar months from the publication date of the judgement that
-- triggered the intervention; a rule with repeat_months recurs (progress reviewed every six months).
create table intervention (
    id                     bigserial    primary key,
    area_code              varchar(12)  not null references area (code),
    intervention_type      varchar(40)  not null check (intervention_type in ('IMPROVEMENT_NOTICE', 'STATUTORY_DIRECTION',
                               'COMMISSIONER', 'CHILDRENS_SERVICES_TRUST', 'BEST_VALUE_INSPECTION')),
    service                varchar(100) not null,
    start_date             date         not null,
    end_date               date,
    trigger_inspection_id  bigint       references inspection (id),
    notes                  text,
    created_by             varchar(100) not null,
    created_at             timestamptz  not null default now(),
    updated_at             timestamptz  not null default now(),
    constraint intervention_dates check (end_date is null or end_date >= start_date)
);
create index intervention_area on intervention (area_code);

create table milestone_rule (
    id             varchar(60)  primary key,
    inspectorate   varchar(20)  not null,
    grade          varchar(40)  not null,
    name           varchar(200) not null,
    months         int          not null check (months > 0),
    repeat_months  int          check (repeat_months is null or repeat_months > 0),
    position       int          not null
);

insert into milestone_rule (id, inspectorate, grade, name, months, repeat_months, position) values
 ('improvement-plan', 'ofsted', 'inadequate', 'Improvement plan in place', 3, null, 1),
 ('significant-improvement', 'ofsted', 'inadequate', 'Significant improvement demonstrated', 6, null, 2),
 ('progress-review', 'ofsted', 'inadequate', 'Progress against the improvement plan reviewed', 6, 6, 3);

create table milestone_completion (
    intervention_id  bigint       not null references intervention (id) on delete cascade,
    rule_id          varchar(60)  not null references milestone_rule (id),
    due_date         date         not null,
    completed_on     date         not null,
    recorded_by      varchar(100) not null,
    recorded_at      timestamptz  not null default now(),
    primary key (intervention_id, rule_id, due_date)
);
