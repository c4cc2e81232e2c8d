/**
 * The person register: identity, residence over time, legal episodes (management, determination, rehab,
 * post-rehab, substitution, prison, flags), events (tests, check-ins, services), the classification of a person
 * on any date, the officer's work list and the figures by classification.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"text", "geo", "metrics", "legal", "audit", "platform", "facilities"})
package vn.pcmt.people;
