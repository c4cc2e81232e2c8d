package vn.pcmt.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The boundaries of the 34 provinces (from {@code admin-units/provinces_34_boundaries.geojson}), drawn under the
 * maps so that no tile server is needed. Read once, on first use.
 */
@Service
public class ProvinceBoundaries {

    private static final String RESOURCE = "admin-units/provinces_34_boundaries.geojson";

    private final ObjectMapper json;
    private volatile Map<String, JsonNode> byCode;
    private volatile JsonNode collection;

    ProvinceBoundaries(ObjectMapper json) {
        this.json = json;
    }

    /** The GeoJSON feature of a province of the current list, by its two-digit code. */
    public Optional<JsonNode> feature(String provinceCode) {
        return Optional.ofNullable(features().get(provinceCode));
    }

    /**
     * Every province of the current list as one GeoJSON feature collection (the national dashboard's map), each
     * feature's id its two-digit code.
     */
    public JsonNode all() {
        JsonNode loaded = collection;
        if (loaded == null) {
            synchronized (this) {
                if (collection == null) {
                    tools.jackson.databind.node.ObjectNode all = json.createObjectNode();
                    all.put("type", "FeatureCollection");
                    tools.jackson.databind.node.ArrayNode list = all.putArray("features");
                    features().keySet().stream()
                            .sorted()
                            .forEach(code -> list.add(features().get(code)));
                    collection = all;
                }
                loaded = collection;
            }
        }
        return loaded;
    }

    private Map<String, JsonNode> features() {
        Map<String, JsonNode> loaded = byCode;
        if (loaded == null) {
            synchronized (this) {
                if (byCode == null) {
                    byCode = load();
                }
                loaded = byCode;
            }
        }
        return loaded;
    }

    private Map<String, JsonNode> load() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            Map<String, JsonNode> features = new HashMap<>();
            for (JsonNode feature : json.readTree(in).get("features")) {
                features.put(feature.get("id").asString(), feature);
            }
            return Map.copyOf(features);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
