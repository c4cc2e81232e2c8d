-- Name search by whole words (ADR 056). The words of the folded names (search_name: full name and aliases, marks
-- removed) are indexed as an array: a search for "nguyen van hung" reads three posting lists instead of the sixteen
-- trigrams of the trigram index (about ten times fewer index pages on the national register), and a name with one
-- typo is looked for by the words one edit away from each word typed. Those words come from person_name_word, the
-- words any name has ever had (a few thousand in the country): kept by note_name_words() on every insert and change
-- of a name; never pruned (a word nobody has any more only costs a lookup that finds nobody).
create table person_name_word (
    word text primary key
);

insert into person_name_word (word)
select distinct w from person p, unnest(string_to_array(p.search_name, ' ')) w where w <> ''
on conflict do nothing;

-- Like the trigram index (V28), new names go in at once rather than into a pending list.
create index person_search_words on person using gin (string_to_array(search_name, ' ')) with (fastupdate = off)
    where deleted_at is null and merged_into_id is null;
