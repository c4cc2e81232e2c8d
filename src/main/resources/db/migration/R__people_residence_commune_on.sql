-- A rule in force (ADR 020): this file is its one current definition. Change the rule here, never in a versioned
-- migration; Flyway applies this file again, after every versioned migration, whenever its content changes.
-- History: V30.
--
-- The commune a person lived in on a day; with overlapping residences (never written by PCMT), the latest to start.
create or replace function residence_commune_on(pid bigint, d date) returns bigint language sql stable as
$$
select r.commune_id
from person_residence r
where r.person_id = pid and r.valid_from <= d and (r.valid_to is null or r.valid_to >= d)
order by r.valid_from desc, r.id desc
limit 1
$$;
