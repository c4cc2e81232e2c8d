package vn.pcmt.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The terms a search with one typo looks for in the terms index (ADR 062): the pairs of neighbouring words of the runs
 * one edit away, the pairs away from the typo as typed, those beside it with a word of the list one edit from the word
 * typed.
 */
class OneTypoTests {

    private static final Set<String> KNOWN = Set.of("nguyen", "van", "hung", "dung", "tung", "an", "lan", "vu", "nam");

    @Test
    void a_typo_in_the_last_word_keeps_the_first_pair_and_offers_the_pairs_of_the_near_words() {
        List<OneTypo.Arm> arms = new OneTypo("nguyen van hnug").arms(KNOWN);
        assertThat(arms).singleElement().satisfies(arm -> {
            assertThat(arm.all()).containsExactly("nguyen van");
            assertThat(arm.anyOf()).containsExactly(List.of("van hung"));
            assertThat(arm.runs()).containsExactly("% nguyen van hung %");
        });
    }

    @Test
    void a_typo_in_a_middle_word_offers_the_pairs_on_both_sides() {
        List<OneTypo.Arm> arms = new OneTypo("nguyen vam hung").arms(KNOWN);
        assertThat(arms).singleElement().satisfies(arm -> {
            assertThat(arm.all()).isEmpty();
            assertThat(arm.anyOf())
                    .containsExactly(List.of("nguyen nam", "nguyen van"), List.of("nam hung", "van hung"));
        });
    }

    @Test
    void a_typo_in_a_long_text_keeps_every_pair_away_from_it() {
        List<OneTypo.Arm> arms = new OneTypo("vu nguyen van hung tnug").arms(KNOWN);
        assertThat(arms).singleElement().satisfies(arm -> {
            assertThat(arm.all()).containsExactly("vu nguyen", "nguyen van", "van hung");
            assertThat(arm.anyOf()).containsExactly(List.of("hung tung"));
        });
    }

    @Test
    void a_space_typo_looks_for_every_pair_of_the_run_and_one_word_for_itself() {
        assertThat(new OneTypo("vu vannam").arms(KNOWN))
                .extracting(OneTypo.Arm::all)
                .contains(List.of("vu van", "van nam"));
        // a space missing, or a letter typed for a space ("nguyen an" with the v for the space)
        assertThat(new OneTypo("nguyenvan").arms(KNOWN))
                .extracting(OneTypo.Arm::all)
                .containsExactly(List.of("nguyen van"), List.of("nguyen an"));
        assertThat(new OneTypo("hnug").arms(KNOWN)).singleElement().satisfies(arm -> assertThat(arm.anyOf())
                .containsExactly(List.of("hung")));
    }

    @Test
    void pairs_are_the_neighbouring_words() {
        assertThat(OneTypo.pairs(List.of("nguyen", "van", "hung", "teo")))
                .containsExactly("nguyen van", "van hung", "hung teo");
        assertThat(OneTypo.pairs(List.of("hung"))).isEmpty();
    }
}
