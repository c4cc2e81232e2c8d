-- The duplicate check of a new person (same folded name, or that name followed by more, and the same birth) reads a
-- b-tree on (birth year, folded name) instead of the trigram index: 0.1 ms instead of ~30 ms on the national
-- register, which is what an import of 10,000 rows asks 10,000 times (docs/benchmarks.md).
create index person_birth_name on person (birth_year, search_name varchar_pattern_ops)
    where deleted_at is null and merged_into_id is null;
