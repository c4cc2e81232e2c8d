package vn.pcmt.geo;

import java.util.Locale;
import java.util.Optional;

/** Levels of the administrative hierarchy. Districts exist only until 30/6/2025. */
public enum UnitLevel {
    PROVINCE(2),
    DISTRICT(3),
    COMMUNE(5);

    private final int codeLength;

    UnitLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    /** Official codes have a fixed length per level (2, 3, 5 digits), so a code names its level. */
    public static Optional<UnitLevel> ofCode(String code) {
        if (code == null || !code.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        for (UnitLevel level : values()) {
            if (level.codeLength == code.length()) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    public static Optional<UnitLevel> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public int codeLength() {
        return codeLength;
    }
}
