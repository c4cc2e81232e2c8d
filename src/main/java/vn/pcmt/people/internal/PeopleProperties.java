package vn.pcmt.people.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the register (not law: the province's practice and the register's protection).
 *
 * @param endingWithinDays management and post-rehab ending within this many days are listed
 * @param checkInDays people under management or after rehab with no check-in or home visit for this many days
 * @param flaggedDays positive tests flagged under art. 256a in the last this many days
 * @param duplicateProbeLimit duplicate checks finding an identification number outside the user's jurisdiction
 *     allowed in the window before further checks are refused (see {@code DuplicateProbes})
 * @param duplicateProbeWindowMinutes the length of that window
 */
@ConfigurationProperties("pcmt.people")
public record PeopleProperties(
        @DefaultValue("30") int endingWithinDays,
        @DefaultValue("30") int checkInDays,
        @DefaultValue("90") int flaggedDays,
        @DefaultValue("10") int duplicateProbeLimit,
        @DefaultValue("60") int duplicateProbeWindowMinutes) {}
