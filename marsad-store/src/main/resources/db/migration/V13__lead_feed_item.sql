-- Marsad store, schema version 13: a feed's article handed over to the leads after a passing failure keeps
-- its feed item's title and publication date, so that when it is fetched as a lead a page without a title or
-- date of its own falls back on the item's, as it does when the feed fetches it at once. Null for a GDELT
-- lead, and for an item that gave none.

alter table leads add column feed_title text;
alter table leads add column feed_published date;
comment on column leads.feed_title is 'the title of the feed item the lead was handed over from; null for none';
comment on column leads.feed_published is
  'the publication day of the feed item the lead was handed over from; null for none';
