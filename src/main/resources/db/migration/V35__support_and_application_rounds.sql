-- The offer beyond peer challenge (004, Annex A and the Productivity Programme): support engagements
-- with one authority, and application rounds for funded programmes with their bids and awards.
create table support_engagement (
    id            bigserial     primary key,
    area_code     varchar(12)   not null references area (code),
    support_type  varchar(40)   not null check (support_type in ('CHANGE_OF_CONTROL_OR_NEW_LEADER', 'BESPOKE_MENTORING',
                      'TOP_TEAM_DEVELOPMENT', 'FOLLOW_UP_WORK', 'DIRECT_IMPROVEMENT_SUPPORT', 'PRODUCTIVITY_EXPERT',
                      'ECONOMIC_GROWTH_ADVISER', 'HOUSING_ADVISER', 'DIGITAL_EXPERT', 'FINANCE_REVIEW')),
    adviser       varchar(200),
    start_date    date          not null,
    end_date      date,
    outcome       text,
    savings_gbp   numeric(14,2) check (savings_gbp >= 0),
    challenge_id  bigint        references peer_challenge (id),
    created_by    varchar(100)  not null,
    created_at    timestamptz   not null default now(),
    constraint support_engagement_dates check (end_date is null or end_date >= start_date)
);
create index support_engagement_area on support_engagement (area_code);
create index support_engagement_type_start on support_engagement (support_type, start_date);

-- A round's figures as its source reported them (bids received and the authorities in them, awards and
-- the authorities in those), kept beside what the recorded bids add up to, because the board papers
-- give totals without the bids behind them.
create table application_round (
    id                      bigserial     primary key,
    programme               varchar(200)  not null,
    name                    varchar(200)  not null,
    opened_on               date,
    closed_on               date,
    awarded_on              date,
    bids_received           int           check (bids_received >= 0),
    authorities_in_bids     int           check (authorities_in_bids >= 0),
    awards                  int           check (awards >= 0),
    authorities_in_awards   int           check (authorities_in_awards >= 0),
    source                  text,
    demo_key                varchar(60)   unique,
    created_by              varchar(100)  not null,
    created_at              timestamptz   not null default now()
);

create table application_bid (
    id            bigserial     primary key,
    round_id      bigint        not null references application_round (id) on delete cascade,
    lead_area     varchar(12)   not null references area (code),
    title         varchar(300)  not null,
    status        varchar(20)   not null default 'RECEIVED' check (status in ('RECEIVED', 'ASSESSED', 'AWARDED', 'NOT_AWARDED')),
    assessment    text,
    amount_gbp    numeric(14,2) check (amount_gbp >= 0),
    created_by    varchar(100)  not null,
    created_at    timestamptz   not null default now()
);
create index application_bid_round on application_bid (round_id);

create table application_bid_area (
    bid_id     bigint      not null references application_bid (id) on delete cascade,
    area_code  varchar(12) not null references area (code),
    primary key (bid_id, area_code)
);
