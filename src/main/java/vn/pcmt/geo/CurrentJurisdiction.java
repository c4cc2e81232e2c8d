package vn.pcmt.geo;

/** The jurisdiction of whoever makes the current request; implemented by the access module. */
public interface CurrentJurisdiction {

    Jurisdiction get();
}
