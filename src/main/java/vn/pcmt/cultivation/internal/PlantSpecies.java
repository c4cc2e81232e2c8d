package vn.pcmt.cultivation.internal;

/** Plants containing narcotic substances (reference data; the plants of Decree 57/2022/NĐ-CP in practice). */
public enum PlantSpecies {
    /** Cần sa. */
    CANNABIS,
    /** Thuốc phiện (anh túc). */
    OPIUM_POPPY,
    /** Cây côca. */
    COCA,
    /** Other plants containing a narcotic substance, named in the note. */
    OTHER
}
