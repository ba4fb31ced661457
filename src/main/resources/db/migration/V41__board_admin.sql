-- Boards are created and changed by their clerks, with the priorities the board has set itself.
alter table board add column priorities text;
alter table board add column updated_at timestamptz;
