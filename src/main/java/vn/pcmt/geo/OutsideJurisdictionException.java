package vn.pcmt.geo;

/** Raised when a user reaches for data outside their jurisdiction; answered as 403. */
public class OutsideJurisdictionException extends RuntimeException {

    public OutsideJurisdictionException() {
        super("outside jurisdiction");
    }
}
