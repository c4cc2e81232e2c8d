package vn.pcmt.plans.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The importer's mapping of a plan file's agencies to the province's: parameters {@code agency.<file code>}. */
final class AgencyMapping {

    static final String PREFIX = "agency.";

    private AgencyMapping() {}

    static Map<String, String> from(Map<String, String> parameters) {
        Map<String, String> mapping = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length() && value != null && !value.isBlank()) {
                mapping.put(name.substring(PREFIX.length()), value.strip());
            }
        });
        return mapping;
    }
}
