-- Videos shown by a post, in order. The video itself belongs to the media module; a video shows in one place only.
create table post_video (
    post_id   bigint not null references post (id) on delete cascade,
    video_id  uuid   not null unique,
    position  int    not null,
    primary key (post_id, video_id)
);
