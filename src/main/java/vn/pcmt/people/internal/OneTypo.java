package vn.pcmt.people.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a name search looks for (ADR 056), from the folded text typed ({@code VietnameseText.fold}: lower case, no
 * marks, đ→d, single spaces) and the words that names have ({@code person_name_word}).
 *
 * <p>Exactly, as before: the text anywhere in the folded name or alias. Its first word may end a word of the name,
 * its last may begin one, the words between are whole, so the terms index ({@code person_name_terms(search_name)}: the
 * words of the name and each pair of neighbouring words, ADR 062) can find the candidates from the words of the list
 * that end, begin or hold what was typed, paired with the words typed beside them.
 *
 * <p>With one typo: a run of whole words of the name one edit away from the text — one letter wrong, missing or extra,
 * or two neighbouring letters swapped, a space counting as a letter ("nguyenvan hung", "nguyen va nhung"). The typo
 * lies in one word (or one space), so each word of such a run is a word of the list: the candidates are the words one
 * edit from each word typed, with the other words as typed (looked for as pairs of neighbouring words). Marks are folded away before, so a wrong or missing mark
 * is no typo at all. Texts of fewer than {@link #MIN_LETTERS} letters, more than {@link #MAX_WORDS} words or a word
 * longer than {@link #MAX_WORD_LETTERS} letters are matched exactly only.
 */
final class OneTypo {

    /** Below this many letters and digits a search is matched exactly only: one edit of "lan" is half the register. */
    static final int MIN_LETTERS = 4;

    /** Above this many words the text is matched exactly only (a pasted line, not a name). */
    static final int MAX_WORDS = 6;

    /**
     * Above this many letters in a word the text is matched exactly only: a Vietnamese syllable has at most seven, and
     * the strings one edit from a word grow with it (about 75 per letter).
     */
    static final int MAX_WORD_LETTERS = 20;

    /** The letters a typo may put in a folded Vietnamese name. */
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    /** Separates the words sent in one parameter: folded names never hold a line break. */
    static final String SEPARATOR = "\n";

    final String folded;
    final List<String> words;

    /** The strings one edit from each word, computed once for {@link #candidates} and {@link #arms}. */
    private final Map<String, Set<String>> edits = new java.util.HashMap<>();

    OneTypo(String folded) {
        this.folded = folded;
        this.words = List.of(folded.split(" "));
    }

    /** Whether a typo is forgiven in this text. */
    boolean applies() {
        return words.size() <= MAX_WORDS
                && words.stream().allMatch(w -> w.length() <= MAX_WORD_LETTERS)
                && folded.codePoints().filter(Character::isLetterOrDigit).count() >= MIN_LETTERS;
    }

    /** The pattern the first word's list words match: the word itself ends them (or holds it, for one word). */
    String firstPattern() {
        return words.size() == 1 ? "%" + escape(words.get(0)) + "%" : "%" + escape(words.get(0));
    }

    /** The pattern the last word's list words match: the word begins them (or is held, for one word). */
    String lastPattern() {
        String last = words.get(words.size() - 1);
        return words.size() == 1 ? "%" + escape(last) + "%" : escape(last) + "%";
    }

    /** The words between the first and the last, whole. */
    List<String> middle() {
        return words.size() <= 2 ? List.of() : words.subList(1, words.size() - 1);
    }

    /** The strings one edit from each word, and the words a space typo leaves: those of them in the list matter. */
    Set<String> candidates() {
        Set<String> wanted = new LinkedHashSet<>(words);
        if (!applies()) {
            return wanted;
        }
        for (String word : words) {
            wanted.addAll(editsOf(word));
            for (List<String> split : splits(word)) {
                wanted.addAll(split);
            }
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            for (List<String> joined : joins(words.get(i), words.get(i + 1))) {
                wanted.addAll(joined);
            }
        }
        return wanted;
    }

    /**
     * A set of names one typo away, as terms of {@code person_name_terms} (V85: the words of a name and each pair of
     * neighbouring words): the terms they all have, groups of terms of which they have one each, and the run of words
     * each has (patterns).
     */
    record Arm(List<String> all, List<List<String>> anyOf, List<String> runs) {}

    /** The ways the text can be one typo away from a run of list words, each with the runs it stands for. */
    List<Arm> arms(Set<String> known) {
        List<Arm> arms = new ArrayList<>();
        if (!applies()) {
            return arms;
        }
        int n = words.size();
        // a typo inside word i: the other words as typed, word i one of the list words one edit from it
        for (int i = 0; i < n; i++) {
            List<String> others = new ArrayList<>(words);
            String typed = others.remove(i);
            if (!known.containsAll(others)) {
                continue;
            }
            List<String> near = new ArrayList<>();
            for (String edit : editsOf(typed)) {
                if (known.contains(edit) && !edit.equals(typed)) {
                    near.add(edit);
                }
            }
            if (near.isEmpty()) {
                continue;
            }
            List<String> runs = new ArrayList<>();
            for (String word : near) {
                List<String> run = new ArrayList<>(words);
                run.set(i, word);
                runs.add(pattern(run));
            }
            // the pairs of the run: those away from word i as typed, those beside it one of the near words each
            List<String> all = new ArrayList<>();
            List<List<String>> anyOf = new ArrayList<>();
            if (n == 1) {
                anyOf.add(near);
            } else {
                for (int j = 0; j + 1 < n; j++) {
                    if (j != i - 1 && j != i) {
                        all.add(words.get(j) + " " + words.get(j + 1));
                    }
                }
                if (i > 0) {
                    String before = words.get(i - 1);
                    anyOf.add(near.stream().map(w -> before + " " + w).toList());
                }
                if (i + 1 < n) {
                    String after = words.get(i + 1);
                    anyOf.add(near.stream().map(w -> w + " " + after).toList());
                }
            }
            arms.add(new Arm(all, anyOf, runs));
        }
        // a typo on a space: a word split in two, two words joined, a space moved, a letter for a space or back
        Map<List<String>, Boolean> respaced = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            for (List<String> split : splits(words.get(i))) {
                List<String> run = new ArrayList<>(words.subList(0, i));
                run.addAll(split);
                run.addAll(words.subList(i + 1, n));
                respaced.put(run, true);
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            for (List<String> joined : joins(words.get(i), words.get(i + 1))) {
                List<String> run = new ArrayList<>(words.subList(0, i));
                run.addAll(joined);
                run.addAll(words.subList(i + 2, n));
                respaced.put(run, true);
            }
        }
        for (List<String> run : respaced.keySet()) {
            if (!run.equals(words) && known.containsAll(run)) {
                arms.add(new Arm(run.size() == 1 ? run : pairs(run), List.of(), List.of(pattern(run))));
            }
        }
        return arms;
    }

    /** The pairs of neighbouring words of a run, as {@code person_name_terms} has them ("nguyen van", "van hung"). */
    static List<String> pairs(List<String> run) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < run.size(); i++) {
            pairs.add(run.get(i) + " " + run.get(i + 1));
        }
        return pairs;
    }

    private Set<String> editsOf(String word) {
        return edits.computeIfAbsent(word, OneTypo::edits);
    }

    /** The strings one edit from the word: a letter changed, left out, put in, or two swapped. */
    static Set<String> edits(String word) {
        Set<String> edits = new LinkedHashSet<>();
        int n = word.length();
        for (int i = 0; i < n; i++) {
            String before = word.substring(0, i);
            String after = word.substring(i + 1);
            edits.add(before + after);
            for (char c : ALPHABET.toCharArray()) {
                edits.add(before + c + after);
            }
            if (i + 1 < n) {
                edits.add(before + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
            }
        }
        for (int i = 0; i <= n; i++) {
            for (char c : ALPHABET.toCharArray()) {
                edits.add(word.substring(0, i) + c + word.substring(i));
            }
        }
        edits.remove("");
        return edits;
    }

    /** The word with a space missing (two words), or with a letter typed for a space. */
    private static List<List<String>> splits(String word) {
        List<List<String>> splits = new ArrayList<>();
        for (int i = 1; i < word.length(); i++) {
            splits.add(List.of(word.substring(0, i), word.substring(i)));
            if (i + 1 < word.length()) {
                splits.add(List.of(word.substring(0, i), word.substring(i + 1)));
            }
        }
        return splits;
    }

    /** Two words with a space too many (one word), a space for a letter, or the space one letter off. */
    private static List<List<String>> joins(String a, String b) {
        List<List<String>> joins = new ArrayList<>();
        joins.add(List.of(a + b));
        for (char c : ALPHABET.toCharArray()) {
            joins.add(List.of(a + c + b));
        }
        if (a.length() > 1) {
            joins.add(List.of(a.substring(0, a.length() - 1), a.charAt(a.length() - 1) + b));
        }
        if (b.length() > 1) {
            joins.add(List.of(a + b.charAt(0), b.substring(1)));
        }
        return joins;
    }

    /** The LIKE pattern of a run of whole words over {@code ' ' || search_name || ' '}. */
    private static String pattern(List<String> run) {
        return "% " + escape(String.join(" ", run)) + " %";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
