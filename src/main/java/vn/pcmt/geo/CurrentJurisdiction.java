package vn.pcmt.geo;

/** The jurisdiction of whoever makes the current request; implemented by the access module. */
public interface CurrentJurisdiction {

    Jurisdiction get();

    /**
     * The facility the user works at (ADR 043): their jurisdiction when they are a facility's staff, the station that
     * makes the determinations they record when they are a health worker; null when none.
     */
    default Long workplace() {
        return get().facilityId();
    }
}
