-- Group posts: posts.group_id (in the table since V10) names the group of a GROUP post, and only
-- of one. The group feed is one range of this index.
create index ix_posts_group on posts (group_id, id desc);
alter table posts add constraint ck_posts_group
    check ((visibility = 'GROUP' and group_id is not null) or (visibility <> 'GROUP' and group_id is null));
