/**
 * Periodic reports on a plan (6-month, annual, final, ad hoc) by a commune or the province: pre-filled with the
 * progress of every target, the narrative written by the reporter, submitted, returned or accepted by the standing
 * office, and exported to Word in the state administrative format (Decree 30/2020/NĐ-CP).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"text", "geo", "platform", "plans", "metrics", "access", "agencies", "facilities"})
package vn.pcmt.reports;
