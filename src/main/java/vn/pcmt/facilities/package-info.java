/**
 * Facilities (cơ sở cai nghiện, trạm y tế xã, điểm tiếp nhận, cơ sở điều trị thay thế): one register with kinds, dated
 * qualifications, the legal conditions of public rehab facilities assessed criterion by criterion, and HY6/HY7's
 * figures in the metric catalogue (ADR 040). Its root holds {@link vn.pcmt.facilities.Clinics}, the clinics the
 * substitution register names (ADR 044).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"text", "geo", "metrics", "platform", "access", "audit"})
package vn.pcmt.facilities;
