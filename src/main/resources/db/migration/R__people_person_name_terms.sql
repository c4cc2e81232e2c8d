-- A rule in force (ADR 020): this file is its one current definition. Change the rule here, never in a versioned
-- migration; Flyway applies this file again, after every versioned migration, whenever its content changes.
-- History: V85 (ADR 062).
--
-- A name's terms for the name search (ADR 062): its words (as string_to_array(search_name, ' ') was) followed by each
-- pair of neighbouring words joined by a space ("nguyen van hung teo": nguyen, van, hung, teo, "nguyen van",
-- "van hung", "hung teo"): a word never holds a space, so a pair is never taken for a word.
create or replace function person_name_terms(name text) returns text[]
    language sql immutable strict parallel safe as
$$
select w.words || coalesce(
        (select array_agg(w.words[i] || ' ' || w.words[i + 1] order by i)
         from generate_series(1, cardinality(w.words) - 1) i), '{}')
from (select string_to_array(name, ' ') as words) w
$$;

-- The index of the terms, built again whenever this file changes (the terms of every name may have changed: ~10 s on
-- the national register). Like V28 and V82, new names go in at once rather than into a pending list.
drop index if exists person_search_terms;
create index person_search_terms on person using gin (person_name_terms(search_name)) with (fastupdate = off)
    where deleted_at is null and merged_into_id is null;
