-- Videos shown by a guestbook entry, in order. A video shows in one place only.
create table guestbook_entry_video (
    entry_id  bigint not null references guestbook_entry (id) on delete cascade,
    video_id  uuid   not null unique,
    position  int    not null,
    primary key (entry_id, video_id)
);
