-- Political control of each council by year, derived from the seats each party holds.
create table political_control (
    area_code       varchar(12) not null references area (code) on delete cascade,
    year            integer     not null check (year between 1973 and 2100),
    control         varchar(30) not null, -- a party, or NO_OVERALL_CONTROL
    total_seats     integer     not null check (total_seats >= 0),
    administration  varchar(60),          -- who runs the council, as the source labels it (2025 on)
    source          varchar(200) not null,
    primary key (area_code, year)
);

create table political_seats (
    area_code  varchar(12) not null,
    year       integer     not null,
    party      varchar(30) not null,
    seats      integer     not null check (seats >= 0),
    primary key (area_code, year, party),
    foreign key (area_code, year) references political_control (area_code, year) on delete cascade
);
