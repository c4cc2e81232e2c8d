package vn.pcmt.plans;

import java.util.List;

/**
 * A project as a plan file carries it: agencies by their standard code (CA, SYT…), found again in the importing
 * province; a sub-project names its project's code. Budget lines stay in the province they belong to.
 */
public record ProjectSpec(
        String code,
        String name,
        String parentCode,
        String leadAgencyCode,
        List<String> cooperatingAgencyCodes,
        String description) {}
