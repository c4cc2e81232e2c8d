-- Name search by words and pairs of neighbouring words (ADR 062). V82's words index answered "nguyen van hung" by
-- intersecting the posting lists of three common words (nguyen, van, hung: ~64,000 entries on the national register
-- for 119 names, 1.4 ms of a 1.7 ms first page); the pairs "nguyen van" and "van hung" are in ~3,500 names between
-- them (0.1 ms). A name's terms are its words (as string_to_array(search_name, ' ') was) followed by each pair of
-- neighbouring words joined by a space ("nguyen van hung teo": nguyen, van, hung, teo, "nguyen van", "van hung",
-- "hung teo"): a word never holds a space, so a pair is never taken for a word. One index answers both the searches
-- of one word and those of several; it replaces person_search_words.
-- The function and the index built on it are a rule in force: R__people_person_name_terms.sql (ADR 020), which runs
-- after every versioned migration. This migration drops the index they replace.
drop index if exists person_search_words;
