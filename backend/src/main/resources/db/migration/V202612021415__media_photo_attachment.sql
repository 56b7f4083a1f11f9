-- Where each photo shows, so that it can be deleted with what shows it and served only while that is visible.
-- A photo may show in several places (a guestbook entry and the practice promoted from it), hence a table rather
-- than a column. Media keeps it: content features tell media what they show; media never reads their tables.
create table photo_attachment (
    photo_id   uuid        not null references photo (id) on delete cascade,
    host_type  varchar(16) not null,
    host_id    bigint      not null,
    primary key (photo_id, host_type, host_id)
);
create index photo_attachment_host_idx on photo_attachment (host_type, host_id);

-- Since when a photo shows nowhere (fresh upload, or dropped from its last post or entry); null while it shows
-- somewhere. The clean-up deletes photos unattached for long enough.
alter table photo add column unattached_since timestamptz;
create index photo_unattached_idx on photo (unattached_since) where unattached_since is not null;

-- What already shows photos, read once here as the video host migration did. Photos of content deleted before this
-- change are left unattached, so the clean-up deletes them.
insert into photo_attachment (photo_id, host_type, host_id)
    select pp.photo_id, 'post', pp.post_id from post_photo pp
        join post p on p.id = pp.post_id join photo ph on ph.id = pp.photo_id
    where p.deleted_at is null
    on conflict do nothing;
insert into photo_attachment (photo_id, host_type, host_id)
    select ep.photo_id, 'entry', ep.entry_id from guestbook_entry_photo ep
        join guestbook_entry e on e.id = ep.entry_id join photo ph on ph.id = ep.photo_id
    where e.deleted_at is null
    on conflict do nothing;
update photo set unattached_since = now()
    where not exists (select 1 from photo_attachment a where a.photo_id = photo.id);
