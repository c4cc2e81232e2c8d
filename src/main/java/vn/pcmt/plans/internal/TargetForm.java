package vn.pcmt.plans.internal;

/**
 * How a target reads its metric: the value itself, a share of another metric (in percent), the growth against the
 * same period of the year before (in percent), or the change against it (a difference).
 */
public enum TargetForm {
    VALUE,
    SHARE,
    GROWTH,
    CHANGE
}
