-- Entries already hide; they may now be held pending review and have their comments locked.
alter table guestbook_entry
    add column held               boolean not null default false,
    add column comments_locked_at timestamptz;
