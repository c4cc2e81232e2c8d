package vn.pcmt.people;

public enum TransferStatus {
    PENDING,
    ACCEPTED,
    REJECTED,
    CANCELLED
}
