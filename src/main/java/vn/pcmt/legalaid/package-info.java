/**
 * Legal aid (trợ giúp pháp lý) for drug users and their families: requests by a person of the register or
 * anonymous, their eligibility and the service given, and HY9's figures in the metric catalogue (ADR 038). Its root
 * holds nothing other modules call.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"text", "geo", "metrics", "platform", "agencies", "people"})
package vn.pcmt.legalaid;
