-- What a team for each product needs, held as data so officers can change it: its size, whether it
-- is led by a member peer (and whether that peer must share the host council's controlling group,
-- the corporate peer challenge rule), which roles count for the lead officer peer (empty: any
-- officer peer), and the skills the team must cover. A follow-up visit takes the rules of the
-- product it follows; these rows are our reading of the offer where the sources are silent.
create table improvement_product_team (
    product_id              varchar(40)  primary key references improvement_product (id),
    team_size               int          not null check (team_size between 1 and 12),
    lead_member             boolean      not null,
    lead_member_same_group  boolean      not null,
    lead_officer_roles      varchar(300) not null default ''
);
insert into improvement_product_team (product_id, team_size, lead_member, lead_member_same_group, lead_officer_roles) values
 ('corporate-peer-challenge', 5, true, true, 'CHIEF_EXECUTIVE'),
 ('finance-peer-review', 3, true, false, 'CHIEF_EXECUTIVE,CHIEF_FINANCE_OFFICER'),
 ('fire-peer-challenge', 4, true, false, 'CHIEF_FIRE_OFFICER,CHIEF_EXECUTIVE'),
 ('safeguarding-peer-review', 4, true, false, 'DIRECTOR_OF_CHILDRENS_SERVICES,CHIEF_EXECUTIVE'),
 ('safeguarding-practice-diagnostic', 2, false, false, 'DIRECTOR_OF_CHILDRENS_SERVICES'),
 ('care-practice-diagnostic', 2, false, false, 'DIRECTOR_OF_CHILDRENS_SERVICES'),
 ('lscb-diagnostic', 2, false, false, 'DIRECTOR_OF_CHILDRENS_SERVICES'),
 ('library-peer-challenge', 3, true, false, ''),
 ('culture-peer-challenge', 3, true, false, ''),
 ('follow-up-visit', 3, true, true, 'CHIEF_EXECUTIVE');

create table improvement_product_skill (
    product_id  varchar(40) not null references improvement_product (id),
    skill_id    varchar(60) not null references peer_skill (id),
    primary key (product_id, skill_id)
);
insert into improvement_product_skill (product_id, skill_id) values
 ('corporate-peer-challenge', 'local-context-and-priorities'),
 ('corporate-peer-challenge', 'financial-planning-and-viability'),
 ('corporate-peer-challenge', 'political-and-managerial-leadership'),
 ('corporate-peer-challenge', 'governance-and-decision-making'),
 ('corporate-peer-challenge', 'organisational-capacity'),
 ('finance-peer-review', 'finance'),
 ('finance-peer-review', 'financial-planning-and-viability'),
 ('fire-peer-challenge', 'fire-and-rescue'),
 ('fire-peer-challenge', 'political-and-managerial-leadership'),
 ('fire-peer-challenge', 'governance-and-decision-making'),
 ('safeguarding-peer-review', 'childrens-safeguarding'),
 ('safeguarding-peer-review', 'safeguarding-partnerships'),
 ('safeguarding-practice-diagnostic', 'childrens-safeguarding'),
 ('care-practice-diagnostic', 'childrens-care-practice'),
 ('lscb-diagnostic', 'safeguarding-partnerships'),
 ('library-peer-challenge', 'libraries'),
 ('culture-peer-challenge', 'culture');

-- Each team proposed for a challenge, with every proposed peer's reasons, and what the officers
-- decided when they confirmed the team: accepted as proposed, or changed with the reason given.
create table team_proposal (
    id                bigserial    primary key,
    challenge_id      bigint       not null references peer_challenge (id) on delete cascade,
    on_site_start     date,
    on_site_end       date,
    pool_size         int          not null,
    required_skills   varchar(1000) not null default '',
    excluded          varchar(1000) not null default '',
    uncovered_skills  varchar(1000) not null default '',
    warnings          text         not null default '',
    proposed_by       varchar(100) not null,
    proposed_at       timestamptz  not null default now(),
    accepted          boolean,
    decision_reason   text,
    decided_by        varchar(100),
    decided_at        timestamptz
);
create index team_proposal_challenge on team_proposal (challenge_id, id);

create table team_proposal_member (
    proposal_id  bigint      not null references team_proposal (id) on delete cascade,
    person_id    bigint      not null references person (id),
    team_role    varchar(30) not null check (team_role in ('LEAD_MEMBER_PEER', 'LEAD_OFFICER_PEER', 'PEER')),
    reasons      text        not null,
    position     int         not null,
    primary key (proposal_id, person_id)
);

create index peer_challenge_team_person on peer_challenge_team (person_id);
