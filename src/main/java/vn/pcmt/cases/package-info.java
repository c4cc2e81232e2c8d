/**
 * Drug crime cases (vụ án, vụ việc về ma túy) with their stages, suspects and seizures, and administrative violations
 * on drugs: registers recorded by commune police and the provincial drug crime police, border guard and customs, and
 * their figures per unit and period across the 2025 reform (ADR 032). Other modules use nothing of it directly: its
 * figures reach the catalogue through its {@code MetricSource}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"text", "geo", "metrics", "platform", "people", "audit", "agencies", "access"})
package vn.pcmt.cases;
