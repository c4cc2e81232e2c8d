-- Statistics for the unit tree and its coverage (ADR 048), so that the planner drives the figures that count communes
-- (communes with addicts, with voluntary rehab at home or in the community, with a qualified reception point) from the
-- units asked for, instead of waiting for autovacuum, which may be off: without them a count over the communes of one
-- province probed every commune of the country (tens of seconds).
analyze admin_unit;
analyze unit_coverage;
analyze person_place_status;
