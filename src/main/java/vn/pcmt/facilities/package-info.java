/**
 * Facilities (cơ sở cai nghiện, trạm y tế xã, điểm tiếp nhận, cơ sở điều trị thay thế): one register with kinds, dated
 * qualifications, the legal conditions of public rehab facilities assessed criterion by criterion, and HY6/HY7's
 * figures in the metric catalogue (ADR 040). Its root holds nothing other modules call.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"text", "geo", "metrics", "platform", "audit"})
package vn.pcmt.facilities;
