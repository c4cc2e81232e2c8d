-- A rule in force (ADR 020): this file is its one current definition. Change the rule here, never in a versioned
-- migration; Flyway applies this file again, after every versioned migration, whenever its content changes.
-- History: V30.
--
-- Who was what, and where (ADR 015): the periods of the given people by commune, from person_status_span and
-- person_residence, for active people (not deleted, not merged). The periods of one status are merged first (two
-- management episodes that overlap make one period), so a person counts once per status and commune on any date.
-- Besides the statuses of person_status_span: ADDICT_WITH_RECORD and ADDICT_WITHOUT_RECORD (an addict under a measure
-- or not) and WITH_RECORD (under management, addicted, in rehab, after rehab or in substitution treatment).
create or replace function person_place_statuses(ids bigint[])
    returns table (person_id bigint, commune_id bigint, status varchar, valid_from date, valid_to date)
    language sql stable as
$$
with spans as (
    select s.person_id, s.status, daterange(s.valid_from, s.valid_to, '[]') as during
    from person_status_span s
    where s.person_id = any (ids)
),
held as (
    select s.person_id, s.status, range_agg(s.during) as during
    from spans s
    group by s.person_id, s.status
),
measures as (
    select s.person_id, range_agg(s.during) as during
    from spans s
    where s.status in ('UNDER_MANAGEMENT', 'IN_REHAB', 'AFTER_REHAB', 'IN_SUBSTITUTION', 'IN_PRISON')
    group by s.person_id
),
records as (
    select s.person_id, range_agg(s.during) as during
    from spans s
    where s.status in ('UNDER_MANAGEMENT', 'ADDICT', 'IN_REHAB', 'AFTER_REHAB', 'IN_SUBSTITUTION')
    group by s.person_id
),
statuses as (
    select h.person_id, h.status, h.during from held h
    union all
    select a.person_id, 'ADDICT_WITH_RECORD', a.during * coalesce(m.during, '{}'::datemultirange)
    from held a left join measures m on m.person_id = a.person_id
    where a.status = 'ADDICT'
    union all
    select a.person_id, 'ADDICT_WITHOUT_RECORD', a.during - coalesce(m.during, '{}'::datemultirange)
    from held a left join measures m on m.person_id = a.person_id
    where a.status = 'ADDICT'
    union all
    select r.person_id, 'WITH_RECORD', r.during from records r
),
places as (
    select r.person_id, r.commune_id, range_agg(daterange(r.valid_from, r.valid_to, '[]')) as during
    from person_residence r
    join person p on p.id = r.person_id
    where r.person_id = any (ids) and p.deleted_at is null and p.merged_into_id is null
    group by r.person_id, r.commune_id
)
select s.person_id, pl.commune_id, s.status::varchar, lower(x.during),
       case when upper_inf(x.during) then null else upper(x.during) - 1 end
from statuses s
join places pl on pl.person_id = s.person_id
cross join lateral unnest(s.during * pl.during) as x(during)
$$;
