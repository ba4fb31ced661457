-- Uploaded files live in the database so that no instance keeps state on its own disk.
create table stored_file (
    id           uuid primary key,
    filename     varchar(300) not null,
    content_type varchar(200) not null,
    size_bytes   bigint       not null,
    sha256       char(64)     not null,
    purpose      varchar(60)  not null,
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamptz  not null default now(),
    content      bytea        not null
);
