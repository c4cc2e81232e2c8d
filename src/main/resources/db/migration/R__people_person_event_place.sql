-- A rule in force (ADR 020): this file is its one current definition. Change the rule here, never in a versioned
-- migration; Flyway applies this file again, after every versioned migration, whenever its content changes.
-- History: V30; its trigger V30, V31 (also on deleted_at).
--
-- An event written, moved to another person (a merge) or restored: it carries the commune the person lived in on
-- its day (person_event.commune_id), so that the flows over events read one index per commune (ADR 015).
create or replace function person_event_place() returns trigger language plpgsql as
$$
begin
    new.commune_id := residence_commune_on(new.person_id, new.event_date);
    return new;
end
$$;

-- When it runs (CREATE OR REPLACE TRIGGER: PostgreSQL 14 and newer).
create or replace trigger person_event_placed
    before insert or update of person_id, event_date, deleted_at on person_event
    for each row execute function person_event_place();
