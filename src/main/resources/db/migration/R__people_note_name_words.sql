-- A rule in force (ADR 020): this file is its one current definition. Change the rule here, never in a versioned
-- migration; Flyway applies this file again, after every versioned migration, whenever its content changes.
-- History: V82 (ADR 056).
--
-- The words of the names written by a statement are added to person_name_word, the list the name search reads to
-- find the words a typo could stand for (ADR 056). One insert per statement, from its new rows (an import of 10,000
-- people adds its words at once). Writers that turn the triggers off (the synthetic register) add the words
-- themselves.
create or replace function note_name_words() returns trigger language plpgsql as
$$
begin
    insert into person_name_word (word)
    select distinct w from changed c, unnest(string_to_array(c.search_name, ' ')) w where w <> ''
    on conflict do nothing;
    return null;
end
$$;

-- When it runs (CREATE OR REPLACE TRIGGER: PostgreSQL 14 and newer; a trigger with transition tables has one event).
create or replace trigger person_name_words_added
    after insert on person referencing new table as changed
    for each statement execute function note_name_words();
create or replace trigger person_name_words_changed
    after update on person referencing new table as changed
    for each statement execute function note_name_words();
