/**
 * Substitution treatment (điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế): a person's treatment
 * episodes at a clinic of the facility register, with the medicine, the dose regime and the dispensing point, how each
 * stopped, transfers between clinics; each course kept in step with the person's legal record; patients in treatment,
 * retention and quitting in the metric catalogue (ADR 044). Its root holds nothing other modules call.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"text", "geo", "metrics", "platform", "people", "facilities", "audit"})
package vn.pcmt.substitution;
