-- One Public Estate: partnerships of councils (and other public bodies) funded by programme phase.
-- Members and lead authorities are register GSS codes, resolved through the register's API.
create table ope_phase (
    phase               integer      primary key check (phase > 0),
    partnerships_stated integer,
    councils_stated     integer,
    funding_stated_gbp  numeric(14, 2),
    statement           text,
    source              text
);

create table ope_partnership (
    id                  bigserial     primary key,
    phase               integer       not null check (phase > 0),
    name                varchar(200)  not null,
    region              varchar(9)    not null,
    lead_kind           varchar(12)   not null check (lead_kind in ('AUTHORITY', 'OTHER_BODY', 'NOT_NAMED')),
    lead_gss_code       varchar(9),
    lead_body           varchar(200),
    funding_awarded_gbp numeric(14, 2) not null check (funding_awarded_gbp >= 0),
    -- the financial years a part-funded award is split across ("part funding in 2015/16, part earmarked for 2016/17")
    part_funding_years  varchar(7)[]  not null default '{}',
    source              text,
    unique (phase, name),
    constraint ope_lead check ((lead_kind = 'AUTHORITY' and lead_gss_code is not null)
        or (lead_kind = 'OTHER_BODY' and lead_body is not null) or lead_kind = 'NOT_NAMED')
);
create index ope_partnership_phase_region on ope_partnership (phase, region);

create table ope_member (
    partnership_id bigint     not null references ope_partnership (id) on delete cascade,
    gss_code       varchar(9) not null,
    position       integer    not null,
    primary key (partnership_id, gss_code)
);
create index ope_member_gss on ope_member (gss_code);
