package vn.pcmt.localities.internal;

/** Where a key complex locality stands on a date. */
public enum KeyLocalityState {
    SELECTED,
    TRANSFORMED,
    COMPLEX_AGAIN
}
