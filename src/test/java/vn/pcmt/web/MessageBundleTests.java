package vn.pcmt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The message bundles, read as files: a key defined twice silently keeps its last value (a label showing an error's
 * text), and a key missing in one language shows as {@code ??key??}. Branches each append a block at the end, so a
 * merge is where both happen.
 */
class MessageBundleTests {

    static final Path VI = Path.of("src/main/resources/messages.properties");
    static final Path EN = Path.of("src/main/resources/messages_en.properties");

    @Test
    void every_key_is_defined_once_in_each_language() throws IOException {
        for (Path file : List.of(VI, EN)) {
            Map<String, Integer> seen = new LinkedHashMap<>();
            List<String> twice = new ArrayList<>();
            for (String key : keys(file)) {
                if (seen.merge(key, 1, Integer::sum) == 2) {
                    twice.add(key);
                }
            }
            assertThat(twice).as(file + ": keys defined more than once").isEmpty();
        }
    }

    @Test
    void both_languages_have_the_same_keys() throws IOException {
        List<String> vi = keys(VI);
        List<String> en = keys(EN);
        assertThat(en).as("keys in Vietnamese missing in English").containsAll(vi);
        assertThat(vi).as("keys in English missing in Vietnamese").containsAll(en);
    }

    /** The keys of a properties file in order (continuation lines and comments skipped). */
    private static List<String> keys(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        boolean continued = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            boolean wasContinued = continued;
            continued = line.endsWith("\\") && !line.endsWith("\\\\");
            String t = line.strip();
            if (wasContinued || t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                continue;
            }
            int eq = t.indexOf('=');
            keys.add((eq < 0 ? t : t.substring(0, eq)).strip());
        }
        return keys;
    }
}
