-- Reporting regimes for any period (issue 16): a yearly report's period may start on a day of its own (a cut-off
-- such as 15/12 of the year before, for a period ending 14/12), and districts report for periods before 1/7/2025.
-- Facilities are a reporter kind the application refuses until their register exists, so the column does not take
-- them yet.
alter table reporting_regime add column period_start_month int check (period_start_month between 1 and 12);
alter table reporting_regime add column period_start_day int check (period_start_day between 1 and 31);
alter table reporting_regime_aud add column period_start_month int;
alter table reporting_regime_aud add column period_start_day int;

alter table reporting_regime drop constraint reporting_regime_reporters_check;
alter table reporting_regime add constraint reporting_regime_reporters_check
    check (reporters in ('COMMUNES', 'DISTRICTS', 'DEPARTMENTS', 'PROVINCE'));
