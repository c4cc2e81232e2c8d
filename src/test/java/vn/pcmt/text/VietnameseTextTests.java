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

    @Test
    void one_comparator_sorts_the_same_from_many_threads_at_once() throws Exception {
        // a comparator kept in a constant (the agencies' order) serves every request thread: an ICU collator that is
        // not frozen corrupts its buffers when two threads compare at once (found under 100 users/s)
        java.util.Comparator<String> order = VietnameseText.comparing(s -> s);
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            names.add((i % 3 == 0
                            ? "Ủy ban nhân dân xã Đồng Thanh "
                            : i % 3 == 1 ? "Công an huyện Ân Thi " : "Bộ đội Biên phòng tỉnh ")
                    + "ngữ điệu trường hợp " + (i * 7919 % 400));
        }
        List<String> expected = new java.util.ArrayList<>(names);
        expected.sort(order);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<List<String>>> sorts = new java.util.ArrayList<>();
            for (int t = 0; t < 64; t++) {
                sorts.add(pool.submit(() -> {
                    List<String> mine = new java.util.ArrayList<>(names);
                    java.util.Collections.shuffle(mine);
                    mine.sort(order);
                    return mine;
                }));
            }
            for (var sort : sorts) {
                assertThat(sort.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
