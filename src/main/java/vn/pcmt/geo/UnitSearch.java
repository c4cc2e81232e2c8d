package vn.pcmt.geo;

import java.time.LocalDate;
import vn.pcmt.text.VietnameseText;

/**
 * What to look for among units in force on {@code date} (today when null): a level, a parent (its code on that
 * date) and a text matched without diacritics. With a parent and no level, the parent's direct children.
 */
public record UnitSearch(UnitLevel level, LocalDate date, String parentCode, String text) {

    public UnitSearch {
        parentCode = VietnameseText.clean(parentCode);
        text = VietnameseText.clean(text);
    }
}
