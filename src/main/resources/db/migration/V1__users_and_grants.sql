-- Accounts of everyone who signs in, with the finer grants admins give on top of a role.
create extension if not exists pg_trgm;

create table app_user (
    id                   bigserial primary key,
    username             varchar(100) not null,
    password_hash        varchar(200) not null,
    display_name         varchar(200) not null,
    email                varchar(320),
    role                 varchar(20)  not null check (role in ('COUNCIL', 'MEMBER', 'OFFICER', 'ADMIN')),
    authority_code       varchar(9),
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    failed_logins        integer      not null default 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    created_at           timestamptz  not null default now(),
    constraint app_user_council_has_authority check (role <> 'COUNCIL' or authority_code is not null)
);
create unique index app_user_username_key on app_user (lower(username));

create table user_grant (
    user_id    bigint       not null references app_user (id) on delete cascade,
    permission varchar(60)  not null,
    scope      varchar(100) not null default '',
    granted_by varchar(100) not null,
    granted_at timestamptz  not null default now(),
    primary key (user_id, permission, scope)
);

create table access_token (
    id           bigserial primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   char(64)     not null unique,
    token_hint   varchar(16)  not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index access_token_user on access_token (user_id);
