/**
 * Illegal cultivation (trồng cây có chứa chất ma túy): plots found in a commune, destroyed, re-planted; their figures
 * in the metric catalogue (ADR 033). Its root holds nothing other modules call: the classification reads its figures
 * through the catalogue ({@code metrics.Metrics}), like any register's. Its plots are a layer of the case register's
 * supply map ({@code cases.SupplyMap}, ADR 045).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"text", "geo", "metrics", "platform", "cases"})
package vn.pcmt.cultivation;
