-- Full-text search of the boards' papers, decisions and actions (English stemming). Kept as
-- generated columns so that every change to an item or action is searchable at once.
alter table agenda_item add column paper_search tsvector generated always as (
    to_tsvector('english', coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(recommendations, '') || ' '
        || coalesce(action_text, '') || ' ' || coalesce(body, ''))) stored;
alter table agenda_item add column note_search tsvector generated always as (
    to_tsvector('english', coalesce(title, '') || ' ' || coalesce(minute, ''))) stored;
alter table board_action add column search tsvector generated always as (to_tsvector('english', description)) stored;
create index agenda_item_paper_search on agenda_item using gin (paper_search);
create index agenda_item_note_search on agenda_item using gin (note_search);
create index board_action_search on board_action using gin (search);
