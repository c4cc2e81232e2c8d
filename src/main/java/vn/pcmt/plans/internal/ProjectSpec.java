package vn.pcmt.plans.internal;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A project as a plan file carries it: agencies by their standard code (CA, SYT…), found again in the importing
 * province; a sub-project names its project's code. Budget lines stay in the province they belong to.
 */
public record ProjectSpec(
        @Size(max = 20) String code,
        @Size(max = 500) String name,
        @Size(max = 20) String parentCode,
        @Size(max = 40) String leadAgencyCode,
        @Size(max = 100) List<@Size(max = 40) String> cooperatingAgencyCodes,
        @Size(max = 4000) String description) {}
