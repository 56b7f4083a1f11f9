-- Photos: the bytes live in the object store, this row says where and who uploaded them.
create table photo (
    id              uuid         primary key,
    owner_subject   varchar(64)  not null references person (subject),
    content_type    varchar(40)  not null,
    width           int          not null,
    height          int          not null,
    bytes           bigint       not null,
    object_key      varchar(200) not null,
    thumbnail_key   varchar(200) not null,
    created_at      timestamptz  not null
);
create index photo_owner_idx on photo (owner_subject, created_at desc);
