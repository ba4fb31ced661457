-- Free tags on a peer (for example "devolution", "rural", "recently elected"), besides the maintained skills.
create table peer_tag (
    person_id  bigint      not null references peer (person_id) on delete cascade,
    tag        varchar(40) not null,
    primary key (person_id, tag)
);
