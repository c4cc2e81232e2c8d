package vn.pcmt.plans.internal;

import jakarta.validation.constraints.Size;
import vn.pcmt.agencies.AgencyKind;
import vn.pcmt.metrics.MetricKind;

/**
 * A manual figure a plan file needs, defined in the importing province when it has none of that code. The agency
 * that enters it is the province's agency of code {@code agencyCode} (the standard codes: SYT, STP, CA…), else its
 * first agency of {@code agencyKind}; none: the standing office or any agency.
 */
public record ManualMetricSpec(
        @Size(max = 80) String code,
        @Size(max = 300) String name,
        @Size(max = 4000) String definition,
        MetricKind kind,
        @Size(max = 40) String unit,
        AgencyKind agencyKind,
        @Size(max = 40) String agencyCode) {}
