-- Wrong passwords counted by the name typed, whether or not an account has it, so that a locked
-- sign-in looks the same for an unknown name as for a real account (no account enumeration).
create table login_attempt (
    username      varchar(200) primary key, -- lower case
    failures      integer      not null,
    locked_until  timestamptz,
    last_failure  timestamptz  not null
);
