package vn.pcmt.plans;

import vn.pcmt.agencies.AgencyKind;
import vn.pcmt.metrics.MetricKind;

/**
 * A manual figure a plan file needs, defined in the importing province when it has none of that code. The agency
 * that enters it is the province's agency of code {@code agencyCode} (the standard codes: SYT, STP, CA…), else its
 * first agency of {@code agencyKind}; none: the standing office or any agency.
 */
public record ManualMetricSpec(
        String code,
        String name,
        String definition,
        MetricKind kind,
        String unit,
        AgencyKind agencyKind,
        String agencyCode) {}
