-- The places are kept doing only the work a change needs (measured on the national benchmark register, where V30 made
-- the import of 10,000 rows take minutes instead of 17 s):
-- 1. V30 recomputed the commune of every event of a person whose residences changed, deleted events included, so the
--    update could not use the person's index of events (partial: live events only) and read the whole table, ~0.5 s
--    for each residence written. Only live events are kept placed now; an event that is restored (deleted_at
--    cleared) is placed again by the row trigger, which now also fires on deleted_at.
-- 2. A residence written, or a person deleted, restored or merged, recomputed the periods by place of every person
--    concerned, ~1.7 ms each even for a new person with no status and no event (the periods' query is planned at each
--    call). Now only the people with status periods (or periods by place to remove) have their periods by place
--    recomputed, and only the people with live events have their events placed again; the rows of all of them are
--    locked first, as before, so a concurrent change to the same person waits and then sees this one.
create or replace function refresh_event_places(ids bigint[]) returns void language plpgsql as
$$
begin
    update person_event v set commune_id = residence_commune_on(v.person_id, v.event_date)
    where v.person_id = any (ids)
      and v.deleted_at is null
      and v.commune_id is distinct from residence_commune_on(v.person_id, v.event_date);
end
$$;

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

drop trigger person_event_placed on person_event;

create trigger person_event_placed before insert or update of person_id, event_date, deleted_at on person_event
    for each row execute function person_event_place();

comment on column person_event.commune_id is
    'The commune of the person''s residence on event_date (the latest residence starting on or before it), kept by '
    'triggers for live events (a deleted event is placed again when restored); null when no residence covers the day.';
