package vn.pcmt.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTests {

    @Test
    void folding_removes_marks_lowers_case_and_maps_d_with_stroke() {
        assertThat(VietnameseText.fold("Phường Phố  Hiến")).isEqualTo("phuong pho hien");
        assertThat(VietnameseText.fold("ĐỒNG Nai")).isEqualTo("dong nai");
        assertThat(VietnameseText.fold("Nguyễn Văn Ấn")).isEqualTo("nguyen van an");
    }

    @Test
    void folding_treats_composed_and_decomposed_text_alike() {
        String decomposed = java.text.Normalizer.normalize("Hòa Bình", java.text.Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold("Hòa Bình"));
        assertThat(VietnameseText.fold("Hoà Bình")).isEqualTo(VietnameseText.fold("Hòa Bình"));
    }

    @Test
    void folding_null_gives_empty() {
        assertThat(VietnameseText.fold(null)).isEmpty();
    }

    @Test
    void sorting_follows_the_vietnamese_alphabet() {
        List<String> names = new ArrayList<>(List.of("Ông", "Đức", "Anh", "Dũng", "Ân", "Ơn", "Ăn", "Em", "Ê"));
        names.sort(VietnameseText.comparing(s -> s));
        assertThat(names).containsExactly("Anh", "Ăn", "Ân", "Dũng", "Đức", "Em", "Ê", "Ông", "Ơn");
    }

    @Test
    void sort_keys_compare_as_unsigned_bytes_in_the_same_order() {
        byte[] a = VietnameseText.sortKey("Dũng");
        byte[] b = VietnameseText.sortKey("Đức");
        assertThat(java.util.Arrays.compareUnsigned(a, b)).isNegative();
    }
}
