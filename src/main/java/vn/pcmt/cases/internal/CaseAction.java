package vn.pcmt.cases.internal;

/** What moves a case from one stage to the next (ADR 022); each is dated. */
public enum CaseAction {
    /** The investigating body opens criminal proceedings (khởi tố vụ án). */
    OPEN,
    /** Suspects are charged (khởi tố bị can). */
    CHARGE,
    /** The procuracy indicts (truy tố). */
    INDICT,
    /** The court tries the case, possibly as a mobile trial (xét xử lưu động). */
    TRY,
    /** The judgment is pronounced (bản án). */
    JUDGE,
    /** The case goes to another investigating body (chuyển vụ việc, vụ án). */
    TRANSFER,
    /** The investigation is suspended (tạm đình chỉ). */
    SUSPEND
}
