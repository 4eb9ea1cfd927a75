-- posts.language (declared in V10, unused until now) holds the language a post is written in as
-- its author's client declared it: an ISO 639-1 code in lower case (the post module checks it
-- against the known codes), or null when none was given. No row has one yet.
alter table posts add constraint ck_posts_language check (language is null or char_length(language) = 2);
