package vn.pcmt.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitService;
import vn.pcmt.text.VietnameseText;

/**
 * What makes the change history readable (ADR 047): the audited entities and their fields by their names in the
 * message bundles ({@code audit.entity.<Entity>}, {@code audit.field.<column>}; a name missing there shows as the
 * words of the column, never as a raw key), and each value as the pages show it: dates dd/MM/yyyy, times with the
 * hour, yes/no, an enum by its label (the bundle's prefix whose keys name every constant of the enum, found once), a
 * unit, agency, plan, figure definition, village, school… by its name (one small query each, kept for the page).
 * People are never named here: the auditor reads no personal record, so a person stays a number.
 */
@Component
public class AuditLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    /** Columns holding an {@code admin_unit.id}. */
    private static final Set<String> UNIT_COLUMNS = Set.of(
            "unit_id",
            "commune_id",
            "from_commune_id",
            "to_commune_id",
            "lead_unit_id",
            "permanent_commune_id",
            "province_id");

    /** Columns holding the id of a record named by one column of its table: the query that names it. */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("agency_id", "select name from agency where id = :id"),
            Map.entry("lead_agency_id", "select name from agency where id = :id"),
            Map.entry("provider_agency_id", "select name from agency where id = :id"),
            Map.entry("plan_id", "select coalesce(number, title) from plan where id = :id"),
            Map.entry("superseded_by_id", "select coalesce(number, title) from plan where id = :id"),
            Map.entry("metric_id", "select name from manual_metric where id = :id"),
            Map.entry("programme_id", "select name from drugfree_programme where id = :id"),
            Map.entry("school_id", "select name from school where id = :id"),
            Map.entry("zone_id", "select name from industrial_zone where id = :id"),
            Map.entry("medium_id", "select name from outreach_medium where id = :id"),
            Map.entry("group_id", "select name from unit_group where id = :id"),
            Map.entry("village_id", "select name from village where id = :id"),
            Map.entry("permanent_village_id", "select name from village where id = :id"),
            Map.entry("project_id", "select name from plan_project where id = :id"),
            Map.entry("business_id", "select name from business where id = :id"),
            Map.entry("facility_id", "select name from facility where id = :id"),
            Map.entry("clinic_id", "select name from facility where id = :id"));

    private final MessageSource messages;
    private final UnitService units;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** Audited entities by simple name. */
    private final Map<String, Class<?>> entities = new HashMap<>();

    /** For each audited entity, its enum columns (underscores dropped, lower case) and their enum types. */
    private final Map<String, Map<String, Class<?>>> enumColumns = new HashMap<>();

    /** The bundle's prefix naming each enum's constants, once found ("" when none does). */
    private final Map<Class<?>, String> enumPrefixes = new java.util.concurrent.ConcurrentHashMap<>();

    private volatile Set<String> bundleKeys;

    AuditLabels(MessageSource messages, UnitService units, JdbcClient jdbc, Clock clock, EntityManagerFactory factory) {
        this.messages = messages;
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
        for (var entity : factory.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            if (type == null || !type.isAnnotationPresent(Audited.class)) {
                continue;
            }
            entities.put(type.getSimpleName(), type);
            Map<String, Class<?>> enums = new HashMap<>();
            for (Attribute<?, ?> attribute : entity.getAttributes()) {
                if (attribute.getJavaType().isEnum() && attribute.getJavaMember() instanceof Field field) {
                    Column column = field.getAnnotation(Column.class);
                    String name = column != null && !column.name().isBlank() ? column.name() : field.getName();
                    enums.put(squash(name), attribute.getJavaType());
                }
            }
            enumColumns.put(type.getSimpleName(), enums);
        }
    }

    /** The audited entities' simple names, in the Vietnamese order of their labels. */
    public List<String> entities() {
        return entities.keySet().stream()
                .sorted(VietnameseText.comparing(this::entity))
                .toList();
    }

    /** Every audited entity's label by simple name (for the pages' lists). */
    public Map<String, String> entityLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        entities().forEach(e -> labels.put(e, entity(e)));
        return labels;
    }

    /** An entity's name in the user's language. */
    public String entity(String simpleName) {
        return message("audit.entity." + simpleName, words(simpleName));
    }

    /** A column's name in the user's language. */
    public String field(String column) {
        return message("audit.field." + column, column.replace('_', ' '));
    }

    /** A value of a field as the pages show it; {@code names} keeps the names looked up for one page. */
    public String value(String entity, String column, Object value, Map<String, String> names) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return message(b ? "audit.value.true" : "audit.value.false", b.toString());
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().format(DAY);
        }
        if (value instanceof LocalDate d) {
            return d.format(DAY);
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().format(TIME);
        }
        if (value instanceof OffsetDateTime t) {
            return t.atZoneSameInstant(ZoneId.systemDefault()).format(TIME);
        }
        if (value instanceof LocalDateTime t) {
            return t.format(TIME);
        }
        if (value instanceof java.math.BigDecimal n) {
            return n.stripTrailingZeros().toPlainString();
        }
        String text = value.toString();
        Class<?> enumType = enumColumns.getOrDefault(entity, Map.of()).get(squash(column));
        if (enumType != null) {
            return enumLabel(enumType, text);
        }
        if (value instanceof Number number && (UNIT_COLUMNS.contains(column) || NAMED.containsKey(column))) {
            return names.computeIfAbsent(column + ":" + text, k -> name(column, number.longValue(), text));
        }
        if (column.equals("province_code")) {
            return names.computeIfAbsent("province:" + text, k -> units.find(text, LocalDate.now(clock))
                    .map(AdminUnit::fullName)
                    .orElse(text));
        }
        return text;
    }

    private String name(String column, long id, String fallback) {
        if (UNIT_COLUMNS.contains(column)) {
            return units.findById(id).map(AdminUnit::fullName).orElse(fallback);
        }
        return jdbc.sql(NAMED.get(column))
                .param("id", id)
                .query(String.class)
                .optional()
                .filter(n -> !n.isBlank())
                .orElse(fallback);
    }

    private String enumLabel(Class<?> type, String constant) {
        String prefix = enumPrefixes.computeIfAbsent(type, this::prefixOf);
        if (prefix.isEmpty()) {
            return constant;
        }
        return message(prefix + "." + constant, constant);
    }

    /**
     * The bundle's prefix {@code p} such that {@code p.<CONSTANT>} is a key for every constant of the enum; where
     * several do, the one that spells the enum's name (EpisodeKind: {@code episode.kind}), else the shortest.
     */
    private String prefixOf(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        if (constants == null || constants.length == 0) {
            return "";
        }
        Set<String> keys = keys();
        String first = "." + ((Enum<?>) constants[0]).name();
        List<String> candidates = new ArrayList<>();
        for (String key : keys) {
            if (key.endsWith(first)) {
                String prefix = key.substring(0, key.length() - first.length());
                boolean all = true;
                for (Object c : constants) {
                    if (!keys.contains(prefix + "." + ((Enum<?>) c).name())) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    candidates.add(prefix);
                }
            }
        }
        String spelled = type.getSimpleName().toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparing((String p) -> !squash(p).equals(spelled))
                        .thenComparing(p -> !spelled.endsWith(squash(p.substring(p.lastIndexOf('.') + 1))))
                        .thenComparing(String::length)
                        .thenComparing(p -> p))
                .orElse("");
    }

    private Set<String> keys() {
        Set<String> keys = bundleKeys;
        if (keys == null) {
            try {
                keys = PropertiesLoaderUtils.loadProperties(new EncodedResource(
                                new ClassPathResource("messages.properties"), StandardCharsets.UTF_8))
                        .stringPropertyNames();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundleKeys = keys;
        }
        return keys;
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }

    /** A name without underscores or dots, in lower case: a column and its field compare equal. */
    private static String squash(String name) {
        return name.replace("_", "").replace(".", "").toLowerCase(Locale.ROOT);
    }

    /** "DrugCase" → "Drug case": what shows for an entity the bundles do not name yet. */
    private static String words(String simpleName) {
        String spaced = simpleName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
