-- A rule in force (ADR 020): this file is its one current definition. Change the rule here, never in a versioned
-- migration; Flyway applies this file again, after every versioned migration, whenever its content changes.
-- History: V30, V31 (only the people who need it).
--
-- A residence added, changed or removed, or a person deleted, restored or merged: the places of those people (and,
-- for a residence, of their events), doing only the work a change needs. The rows of all of them are locked first, so
-- a concurrent change to the same person waits and then sees this one; then only the people with status periods (or
-- periods by place to remove) have their periods by place recomputed, and only the people with live events have
-- their events placed again (a new person with a first residence, an import, has neither).
create or replace function person_places_changed() returns trigger language plpgsql as
$$
declare
    ids bigint[];
    placed bigint[];
    with_events bigint[];
begin
    if tg_table_name = 'person' then
        ids := array(select n.id from new_rows n join old_rows o on o.id = n.id
                     where n.deleted_at is distinct from o.deleted_at
                        or n.merged_into_id is distinct from o.merged_into_id);
    elsif tg_op = 'INSERT' then
        ids := array(select distinct n.person_id from new_rows n);
    elsif tg_op = 'DELETE' then
        ids := array(select distinct o.person_id from old_rows o);
    else
        ids := array(select n.person_id from new_rows n union select o.person_id from old_rows o);
    end if;
    if cardinality(ids) = 0 then
        return null;
    end if;
    perform 1 from person p where p.id = any (ids) order by p.id for no key update;
    -- Only people with a status period have periods by place, and only live events are placed: a new person with a
    -- first residence (an import) has neither.
    placed := array(select i from unnest(ids) i
                    where exists (select 1 from person_status_span s where s.person_id = i)
                       or exists (select 1 from person_place_status s where s.person_id = i));
    with_events := case when tg_table_name = 'person_residence'
                        then array(select i from unnest(ids) i
                                   where exists (select 1 from person_event v where v.person_id = i and v.deleted_at is null))
                        else '{}' end;
    if cardinality(placed) > 0 then
        perform refresh_person_places(placed);
    end if;
    if cardinality(with_events) > 0 then
        perform refresh_event_places(with_events);
    end if;
    return null;
end
$$;

-- When it runs (CREATE OR REPLACE TRIGGER: PostgreSQL 14 and newer).
create or replace trigger person_residence_inserted_places after insert on person_residence
    referencing new table as new_rows
    for each statement execute function person_places_changed();
create or replace trigger person_residence_updated_places after update on person_residence
    referencing new table as new_rows old table as old_rows
    for each statement execute function person_places_changed();
create or replace trigger person_residence_deleted_places after delete on person_residence
    referencing old table as old_rows
    for each statement execute function person_places_changed();
create or replace trigger person_state_changed_places after update on person
    referencing new table as new_rows old table as old_rows
    for each statement execute function person_places_changed();
