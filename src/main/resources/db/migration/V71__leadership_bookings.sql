-- Bookings on events. Authority, region and council type are kept as recorded when the booking was
-- made (the seed's own tables disagree with each other, so nothing is re-derived later). A booking
-- without a person is an anonymous record ("not named"), as when a paper gives only counts.
-- Equality data is voluntary: null is unknown, PREFER_NOT_TO_SAY is an answer.
create table leadership_booking (
    id              bigserial    primary key,
    event_id        bigint       not null references leadership_event (id),
    person_id       bigint       references person (id),
    import_key      varchar(100),
    authority_gss   varchar(9),
    authority_name  varchar(300),
    party           varchar(40),
    region          varchar(9),
    council_type    varchar(40),
    role            varchar(40),
    gender          varchar(40),
    age_range       varchar(40),
    ethnicity       varchar(40),
    status          varchar(20)  not null check (status in ('BOOKED', 'ATTENDED', 'CANCELLED', 'WAITING')),
    source          varchar(20)  not null,
    booked_at       timestamptz  not null default now(),
    booked_by       varchar(100) not null,
    updated_at      timestamptz  not null default now()
);
create unique index leadership_booking_person on leadership_booking (event_id, person_id) where person_id is not null;
create unique index leadership_booking_import_key on leadership_booking (event_id, import_key) where import_key is not null;
create index leadership_booking_event on leadership_booking (event_id, status);

-- Attendance marked per module.
create table leadership_attendance (
    booking_id  bigint      not null references leadership_booking (id) on delete cascade,
    module_id   bigint      not null references leadership_module (id) on delete cascade,
    attended    boolean     not null,
    marked_by   varchar(100) not null,
    marked_at   timestamptz not null default now(),
    primary key (booking_id, module_id)
);

-- The year's targets, e.g. "at least 500 councillors" on LA, LE and FoL in 2015/16.
create table leadership_target (
    id              bigserial    primary key,
    financial_year  varchar(7)   not null,
    description     varchar(500) not null,
    programmes      varchar(200) not null,
    target          int          not null check (target > 0),
    unique (financial_year, description)
);
