-- The improvement offer: the products the association offers councils, held as data. Days on site are
-- the maximum a visit lasts (weekdays); where the sources name a product's days they are given
-- (003: safeguarding peer review 5, safeguarding practice diagnostic 3, care practice diagnostic 4, LSCB
-- diagnostic 3); otherwise the general "between 3 and 5 days" of 004. Team composition and funding are
-- left empty until a source states them.
create table improvement_product (
    id                 varchar(40)  primary key,
    name               varchar(100) not null,
    days_on_site       int          check (days_on_site > 0),
    max_days_on_site   int          not null check (max_days_on_site > 0),
    team_composition   text,
    scope_template     text,
    funding            text,
    refers_to_earlier  boolean      not null default false,
    position           int          not null
);

insert into improvement_product (id, name, days_on_site, max_days_on_site, scope_template, refers_to_earlier, position) values
 ('corporate-peer-challenge', 'Corporate peer challenge', null, 5,
  'Understanding of the local context and priority setting; financial planning and viability; political and managerial leadership; governance and decision-making; organisational capacity to deliver; plus the scope the council chooses',
  false, 1),
 ('finance-peer-review', 'Finance peer review', null, 5, null, false, 2),
 ('fire-peer-challenge', 'Fire peer challenge', null, 5, null, false, 3),
 ('safeguarding-peer-review', 'Safeguarding peer review', 5, 5, null, false, 4),
 ('safeguarding-practice-diagnostic', 'Safeguarding practice diagnostic', 3, 3, null, false, 5),
 ('care-practice-diagnostic', 'Care practice diagnostic', 4, 4, null, false, 6),
 ('lscb-diagnostic', 'LSCB diagnostic', 3, 3, null, false, 7),
 ('library-peer-challenge', 'Library peer challenge', null, 5, null, false, 8),
 ('culture-peer-challenge', 'Culture peer challenge', null, 5, null, false, 9),
 ('follow-up-visit', 'Follow-up visit', null, 5, null, true, 10);
