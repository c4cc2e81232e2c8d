-- Where the person lived on the day of an event (ADR 015): the flows over events (tests, positive tests, people
-- served, people counselled) count events by the commune of residence on their day. Kept on the event so that a
-- unit's flow reads one index per commune it covers instead of finding, event by event across the country, where
-- each person lived. Kept by a trigger when an event is written or moved to another person (a merge), and when the
-- person's residences change.
alter table person_event add column commune_id bigint references admin_unit (id);

comment on column person_event.commune_id is
    'The commune of the person''s residence on event_date (the latest residence starting on or before it), kept by '
    'triggers; null when no residence covers the day.';

-- The commune a person lived in on a day; with overlapping residences (never written by PCMT), the latest to start.
create function residence_commune_on(pid bigint, d date) returns bigint language sql stable as
$$
select r.commune_id
from person_residence r
where r.person_id = pid and r.valid_from <= d and (r.valid_to is null or r.valid_to >= d)
order by r.valid_from desc, r.id desc
limit 1
$$;

create function person_event_place() returns trigger language plpgsql as
$$
begin
    new.commune_id := residence_commune_on(new.person_id, new.event_date);
    return new;
end
$$;

create trigger person_event_placed before insert or update of person_id, event_date on person_event
    for each row execute function person_event_place();

-- The places of the events of the given people again (after a change to their residences).
create function refresh_event_places(ids bigint[]) returns void language plpgsql as
$$
begin
    update person_event v set commune_id = residence_commune_on(v.person_id, v.event_date)
    where v.person_id = any (ids) and v.commune_id is distinct from residence_commune_on(v.person_id, v.event_date);
end
$$;

create or replace function person_places_changed() returns trigger language plpgsql as
$$
declare
    ids bigint[];
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
    perform refresh_person_places(ids);
    if tg_table_name = 'person_residence' then
        perform refresh_event_places(ids);
    end if;
    return null;
end
$$;

-- Before the backfill: the backfill's deferred triggers (V23) forbid a CREATE INDEX after it in this transaction.
create index person_event_commune on person_event (commune_id, kind, event_date) include (person_id, service, result)
    where deleted_at is null;

update person_event v set commune_id = r.commune_id
from person_residence r
where r.person_id = v.person_id and r.valid_from <= v.event_date and (r.valid_to is null or r.valid_to >= v.event_date);

analyze person_event;
