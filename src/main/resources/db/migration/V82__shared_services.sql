-- Shared service arrangements between two or more authorities (register GSS codes).
create table shared_service (
    id                  bigserial     primary key,
    reference           varchar(60)   not null unique,
    service             varchar(200)  not null,
    description         text          not null default '',
    lead_gss_code       varchar(9),
    start_date          date,
    annual_savings_gbp  numeric(14, 2) check (annual_savings_gbp >= 0),
    status              varchar(10)   not null check (status in ('PLANNED', 'ACTIVE', 'ENDED')),
    source              text          not null default '',
    updated_at          timestamptz   not null default now()
);

create table shared_service_partner (
    shared_service_id bigint     not null references shared_service (id) on delete cascade,
    gss_code          varchar(9) not null,
    position          integer    not null,
    primary key (shared_service_id, gss_code)
);
create index shared_service_partner_gss on shared_service_partner (gss_code);
