/**
 * Administrative units with their history (provinces, districts before 1/7/2025, communes), villages, the
 * succession links of the 2025 reform, and the coverage table that every jurisdiction check reads.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"text", "platform"})
package vn.pcmt.geo;
