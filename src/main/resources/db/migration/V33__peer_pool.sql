-- The peer pool: people from the directory who serve as peers, with skills from a maintained list
-- (seeded with the five core components of a corporate peer challenge and the offer's service
-- specialisms), accreditation, conflicts of interest and dates they cannot serve.
create table peer_skill (
    id        varchar(60)  primary key,
    name      varchar(200) not null,
    position  int          not null
);
insert into peer_skill (id, name, position) values
 ('local-context-and-priorities', 'Understanding of the local context and priority setting', 1),
 ('financial-planning-and-viability', 'Financial planning and viability', 2),
 ('political-and-managerial-leadership', 'Political and managerial leadership', 3),
 ('governance-and-decision-making', 'Governance and decision-making', 4),
 ('organisational-capacity', 'Organisational capacity to deliver', 5),
 ('finance', 'Finance', 6),
 ('fire-and-rescue', 'Fire and rescue', 7),
 ('childrens-safeguarding', 'Children''s safeguarding', 8),
 ('childrens-care-practice', 'Children''s care practice', 9),
 ('safeguarding-partnerships', 'Safeguarding partnerships (LSCB)', 10),
 ('libraries', 'Libraries', 11),
 ('culture', 'Culture', 12);

create table peer (
    person_id              bigint       primary key references person (id),
    specialism             varchar(200),
    accreditation_expires  date,
    created_by             varchar(100) not null,
    created_at             timestamptz  not null default now(),
    updated_at             timestamptz  not null default now()
);

create table peer_skill_held (
    person_id  bigint      not null references peer (person_id) on delete cascade,
    skill_id   varchar(60) not null references peer_skill (id),
    primary key (person_id, skill_id)
);

create table peer_conflict (
    person_id  bigint      not null references peer (person_id) on delete cascade,
    area_code  varchar(12) not null references area (code),
    primary key (person_id, area_code)
);

create table peer_unavailable (
    person_id  bigint not null references peer (person_id) on delete cascade,
    from_date  date   not null,
    to_date    date   not null,
    primary key (person_id, from_date),
    constraint peer_unavailable_dates check (to_date >= from_date)
);
