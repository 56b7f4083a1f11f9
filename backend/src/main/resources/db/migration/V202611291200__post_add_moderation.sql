-- Moderators hide posts (or a watch word / enough reports hold them pending review) and lock their comments.
-- held = hidden until a moderator looks at it, not yet a moderator's decision; the author is told which.
alter table post
    add column hidden_at          timestamptz,
    add column hidden_by          varchar(64),
    add column hidden_reason      text,
    add column held               boolean not null default false,
    add column comments_locked_at timestamptz;
