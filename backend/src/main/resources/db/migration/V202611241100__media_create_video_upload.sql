-- Videos uploaded straight from browsers to the object store in parts (S3 multipart); this row tracks the upload
-- and, later, the processing of the video.
create table video (
    id             uuid          primary key,
    owner_subject  varchar(64)   not null references person (subject),
    status         varchar(16)   not null check (status in ('uploading', 'processing', 'ready', 'failed', 'aborted')),
    file_name      varchar(255)  not null,
    declared_type  varchar(100),
    size_bytes     bigint        not null check (size_bytes > 0),
    part_size      int           not null check (part_size > 0),
    original_key   varchar(200)  not null,
    upload_id      varchar(1024) not null,
    created_at     timestamptz   not null,
    completed_at   timestamptz,
    failure_reason text
);
-- The per-person quota counts uploads in progress.
create index video_owner_uploading_idx on video (owner_subject) where status = 'uploading';
