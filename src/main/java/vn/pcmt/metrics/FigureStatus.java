package vn.pcmt.metrics;

/** Where an entered figure stands: waiting for review, sent back for correction, or accepted (it counts). */
public enum FigureStatus {
    SUBMITTED,
    RETURNED,
    ACCEPTED
}
