-- Inspection judgements on authorities, for any inspectorate and framework. Frameworks are data:
-- each has its ordered grade scale (best first) and the kinds of authority it inspects.
create table inspection_framework (
    inspectorate   varchar(20)  not null,
    slug           varchar(40)  not null,
    name           varchar(200) not null,
    grades         text[]       not null,
    area_types     text[]       not null,
    in_force_from  date,
    in_force_to    date,
    primary key (inspectorate, slug)
);

insert into inspection_framework (inspectorate, slug, name, grades, area_types, in_force_from, in_force_to) values
 ('ofsted', 'sif', 'Ofsted Single Inspection Framework for children''s services',
  '{outstanding,good,requires improvement,inadequate}',
  '{COUNTY,UNITARY,METROPOLITAN_DISTRICT,LONDON_BOROUGH,CITY_OF_LONDON}', '2013-11-01', '2017-12-31'),
 ('ofsted', 'ilacs', 'Ofsted Inspecting Local Authority Children''s Services',
  '{outstanding,good,requires improvement,inadequate}',
  '{COUNTY,UNITARY,METROPOLITAN_DISTRICT,LONDON_BOROUGH,CITY_OF_LONDON}', '2018-01-01', null),
 ('cqc', 'la-assessment', 'CQC assessment of local authority adult social care duties',
  '{outstanding,good,requires improvement,inadequate}',
  '{COUNTY,UNITARY,METROPOLITAN_DISTRICT,LONDON_BOROUGH,CITY_OF_LONDON}', '2023-12-01', null),
 ('hmicfrs', 'frs', 'HMICFRS inspection of fire and rescue services',
  '{outstanding,good,adequate,requires improvement,inadequate}',
  '{FIRE_AND_RESCUE,COUNTY,UNITARY,GREATER_LONDON_AUTHORITY,COMBINED_AUTHORITY}', '2018-06-01', null);

create table inspection (
    id                bigserial    primary key,
    area_code         varchar(12)  not null references area (code),
    inspectorate      varchar(20)  not null,
    framework         varchar(40)  not null,
    inspection_type   varchar(40),
    start_date        date,
    end_date          date,
    publication_date  date         not null,
    overall_grade     varchar(40),
    report_url        text,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    foreign key (inspectorate, framework) references inspection_framework (inspectorate, slug),
    unique (area_code, inspectorate, framework, publication_date),
    constraint inspection_dates check (end_date is null or start_date is null or end_date >= start_date)
);
create index inspection_framework_published on inspection (inspectorate, framework, area_code, publication_date desc);

create table inspection_judgement (
    inspection_id  bigint       not null references inspection (id) on delete cascade,
    position       int          not null,
    name           varchar(100) not null,
    grade          varchar(40)  not null,
    primary key (inspection_id, name)
);
