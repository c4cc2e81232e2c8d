/**
 * The metric catalogue: every figure the registers answer, named and documented, contributed by each module
 * through {@link vn.pcmt.metrics.MetricSource}, plus manual figures defined by a province and entered per unit and period by the agency responsible, with review. Evaluates any metric
 * for any unit (with what it covers, across the 2025 reform) as of a date or over a period. Knows none of the
 * registers' tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"text", "geo", "platform", "access", "agencies"})
package vn.pcmt.metrics;
