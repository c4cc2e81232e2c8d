/**
 * Plans as data: a province's plan with its targets, each an expression over the metric catalogue (a value, a
 * share of another metric, a growth against the year before) with a comparison and a threshold, judged every
 * year or by a date; the seed plans ship as templates; plans export and import as JSON. Knows no register table.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"text", "geo", "platform", "metrics", "access", "agencies", "audit"})
package vn.pcmt.plans;
