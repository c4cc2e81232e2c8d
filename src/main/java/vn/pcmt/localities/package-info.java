/**
 * Places as units of work: key complex localities selected and transformed, the classification of communes by
 * Decision 28/2025/QĐ-TTg, and the drug-free commune programme with versioned criteria sets, its workflow from
 * registration to recognition, and alerts when a recognised commune breaks a criterion.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"text", "geo", "metrics", "platform", "people", "hotspots"})
package vn.pcmt.localities;
