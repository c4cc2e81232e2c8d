package vn.pcmt.metrics;

import java.util.Optional;
import vn.pcmt.metrics.internal.RegisterStarts;

/**
 * A register a unit keeps in PCMT, from a date of its own ({@link RegisterStarts}); its metrics are those whose code
 * starts with its prefix. Metrics of no register (the number of communes, manual figures) are never "before the
 * start". A new register (cases…) adds a value here and to the column's check.
 */
public enum Register {
    PEOPLE("people."),
    HOTSPOTS("hotspots."),
    KEY_LOCALITIES("key_localities."),
    DRUG_FREE("drugfree."),
    /** Drug crime cases, their suspects and seizures, administrative violations (ADR 032). */
    CASES("cases."),
    CULTIVATION("cultivation."),
    BUSINESSES("businesses."),
    /** Outreach activities with the schools, zones and media they reach (ADR 038). */
    OUTREACH("outreach."),
    /** Requests for legal aid (ADR 038). */
    LEGAL_AID("legalaid."),
    /** Facilities: rehab facilities, health stations, reception points, clinics (ADR 040). */
    FACILITIES("facilities."),
    /** Substitution treatment episodes at clinics (ADR 044). */
    SUBSTITUTION("substitution.");

    private final String prefix;

    Register(String prefix) {
        this.prefix = prefix;
    }

    /** The register a metric counts, if any. */
    public static Optional<Register> of(String metricCode) {
        for (Register r : values()) {
            if (metricCode.startsWith(r.prefix)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
