-- Hidden comments: seen only by their author and moderators, not counted on their page.
alter table comment
    add column hidden_at     timestamptz,
    add column hidden_by     varchar(64),
    add column hidden_reason text,
    add column held          boolean not null default false;
