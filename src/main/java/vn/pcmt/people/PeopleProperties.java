package vn.pcmt.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Work-list settings (not law: the province's practice).
 *
 * @param endingWithinDays management and post-rehab ending within this many days are listed
 * @param checkInDays people under management or after rehab with no check-in or home visit for this many days
 * @param flaggedDays positive tests flagged under art. 256a in the last this many days
 */
@ConfigurationProperties("pcmt.people")
public record PeopleProperties(
        @DefaultValue("30") int endingWithinDays,
        @DefaultValue("30") int checkInDays,
        @DefaultValue("90") int flaggedDays) {}
