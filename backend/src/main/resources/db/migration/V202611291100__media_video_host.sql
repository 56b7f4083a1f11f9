-- Where each video shows: a video shows in one place only, a post or a guestbook entry. Search reads it to index a
-- video's captions under the page that shows it.
alter table video
    add column host_type varchar(16),
    add column host_id   bigint,
    add constraint video_host_whole check ((host_type is null) = (host_id is null));

update video v set host_type = 'post', host_id = pv.post_id from post_video pv where pv.video_id = v.id;
update video v set host_type = 'entry', host_id = ev.entry_id from guestbook_entry_video ev where ev.video_id = v.id;

create index video_host_idx on video (host_type, host_id) where host_type is not null;
