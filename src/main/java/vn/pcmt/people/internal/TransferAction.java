package vn.pcmt.people.internal;

/** What can be done to a move between communes once it is requested. */
public enum TransferAction {
    /** The receiving commune takes the person over. */
    ACCEPT,
    /** The receiving commune refuses the move. */
    REJECT,
    /** The sending commune withdraws the request (or the person's record is deleted or merged away). */
    CANCEL,
    /** The receiving commune records the day the person presented at its police. */
    PRESENT
}
