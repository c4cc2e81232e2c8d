package vn.pcmt.geo;

/**
 * Where a user may see and change data: a unit version and everything it covers (what lies beneath it and
 * what it succeeded). {@link #national()} covers everything.
 */
public record Jurisdiction(Long unitId) {

    private static final Jurisdiction NATIONAL = new Jurisdiction(null);

    public static Jurisdiction national() {
        return NATIONAL;
    }

    public static Jurisdiction of(long unitId) {
        return new Jurisdiction(unitId);
    }

    public boolean isNational() {
        return unitId == null;
    }
}
