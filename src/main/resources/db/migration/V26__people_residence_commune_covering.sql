-- Who lived in a unit on a date, answered from the index alone: the commune index carries the person and the end of
-- the residence, so a province's figures read ~10,000 index entries instead of scanning every residence of the
-- country (a province's counts by status: 150 ms -> 70 ms on the national register, docs/benchmarks.md).
drop index person_residence_commune;
create index person_residence_commune on person_residence (commune_id, valid_from) include (person_id, valid_to);
