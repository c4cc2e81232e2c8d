-- Manual figures standing in for a register before a unit kept it (issue 16, item 9; ADR 035): a province's manual
-- figure may carry a register metric's code (people.addicts, hotspots.active, …) besides its own manual.… codes.
-- Its figures are accepted only for periods before the start that applies to their unit, and count only where the
-- register's own figure is "no data".
alter table manual_metric drop constraint manual_metric_code_check;
alter table manual_metric add constraint manual_metric_code_check check (code ~ '^[a-z_]+\.[a-z0-9_.]+$');
