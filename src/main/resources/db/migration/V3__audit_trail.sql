-- Who changed which business record, when, and what it looked like before and after.
create table audit_event (
    id           bigserial primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(100) not null,
    action       varchar(20)  not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    entity_type  varchar(60)  not null,
    entity_id    varchar(200) not null,
    summary      text,
    before_state jsonb,
    after_state  jsonb
);
create index audit_event_time on audit_event (occurred_at desc);
create index audit_event_entity on audit_event (entity_type, entity_id);
create index audit_event_actor on audit_event (actor);
