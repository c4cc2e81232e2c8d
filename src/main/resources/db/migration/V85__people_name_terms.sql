-- Name search by words and pairs of neighbouring words (ADR 062). V82's words index answered "nguyen van hung" by
-- intersecting the posting lists of three common words (nguyen, van, hung: ~64,000 entries on the national register
-- for 119 names, 1.4 ms of a 1.7 ms first page); the pairs "nguyen van" and "van hung" are in ~3,500 names between
-- them (0.1 ms). A name's terms are its words (as string_to_array(search_name, ' ') was) followed by each pair of
-- neighbouring words joined by a space ("nguyen van hung teo": nguyen, van, hung, teo, "nguyen van", "van hung",
-- "hung teo"): a word never holds a space, so a pair is never taken for a word. One index answers both the searches
-- of one word and those of several; it replaces person_search_words.
create function person_name_terms(name text) returns text[]
    language sql immutable strict parallel safe as
$$
select w.words || coalesce(
        (select array_agg(w.words[i] || ' ' || w.words[i + 1] order by i)
         from generate_series(1, cardinality(w.words) - 1) i), '{}')
from (select string_to_array(name, ' ') as words) w
$$;

-- Like V28 and V82, new names go in at once rather than into a pending list.
create index person_search_terms on person using gin (person_name_terms(search_name)) with (fastupdate = off)
    where deleted_at is null and merged_into_id is null;

drop index person_search_words;
