-- A hidden video stays on its page for its uploader and moderators only.
alter table video
    add column hidden_at     timestamptz,
    add column hidden_by     varchar(64),
    add column hidden_reason text,
    add column held          boolean not null default false;
