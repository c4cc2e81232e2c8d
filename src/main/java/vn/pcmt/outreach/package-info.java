/**
 * Outreach (tuyên truyền phòng, chống ma túy): the reference registers of schools and industrial zones per commune and
 * of the province's media, the outreach activities that reach communes, schools, zones and audiences, and their
 * figures in the metric catalogue (NB1, HY8; ADR 038). Its root holds nothing other modules call.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"text", "geo", "metrics", "platform", "agencies", "audit"})
package vn.pcmt.outreach;
