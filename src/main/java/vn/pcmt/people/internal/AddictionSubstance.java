package vn.pcmt.people.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The substances a determination of addiction found (ADR 044): opioids (heroin, opium, morphine, other opioids),
 * methamphetamine, cannabis, other amphetamine-type stimulants, ketamine, other. Kept on the episode as their codes,
 * comma-separated; "opioid addicts" (HY10) are people whose determination in force names an opioid.
 */
public enum AddictionSubstance {
    HEROIN(true),
    OPIUM(true),
    MORPHINE(true),
    OTHER_OPIOID(true),
    METHAMPHETAMINE(false),
    CANNABIS(false),
    ATS(false),
    KETAMINE(false),
    OTHER(false);

    private final boolean opioid;

    AddictionSubstance(boolean opioid) {
        this.opioid = opioid;
    }

    public boolean isOpioid() {
        return opioid;
    }

    /** The opioids, as SQL string literals for an array: {@code 'HEROIN','OPIUM',…}. */
    public static String opioidsSql() {
        return Arrays.stream(values())
                .filter(AddictionSubstance::isOpioid)
                .map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(","));
    }

    /** The column's value: codes in the enum's order, comma-separated; null for none. */
    static String encode(Collection<AddictionSubstance> substances) {
        if (substances == null || substances.isEmpty()) {
            return null;
        }
        return EnumSet.copyOf(substances).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<AddictionSubstance> decode(String column) {
        if (column == null || column.isBlank()) {
            return EnumSet.noneOf(AddictionSubstance.class);
        }
        return Arrays.stream(column.split(","))
                .map(String::strip)
                .map(AddictionSubstance::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AddictionSubstance.class)));
    }
}
