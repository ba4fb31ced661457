-- The address of the service as the sender saw it, to build the respondent's link in the message
-- (the token itself stays on the link, never in the message log).
alter table consultation_message add column base_url varchar(300);
