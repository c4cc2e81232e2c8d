package vn.pcmt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;

/**
 * Every write of the JSON API (each POST, PUT and PATCH of {@code /api/**}, found in Spring's handler mapping) gets a
 * body built from its request type's record components, then each field in turn spoilt: a NUL, 100,000 characters,
 * one character over its limit, a wrong JSON type, an unknown choice, an impossible date, an id that does not exist,
 * a unit or village of another province. No answer may be a 5xx, none may be accepted, and the registers must be
 * exactly as before. Each endpoint runs as a user with the right (tinh, xa1 or admin) on a real object of the demo.
 */
@PcmtTest
class ApiFuzzTests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NUL = "a\u0000b";
    private static final String LONG = "x".repeat(100_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private final Random random = new Random(14);

    /** A write of the API: its path, method, request body type and the query parameters it takes. */
    record Endpoint(String pattern, HttpMethod method, HandlerMethod handler, MethodParameter body) {}

    /** A field of a body or a query parameter, and the bad values it gets. */
    record Target(String path, Class<?> type, AnnotatedElement annotations, boolean query) {}

    @Test
    void no_spoilt_field_of_any_api_write_gives_a_5xx_is_accepted_or_changes_anything() throws Exception {
        // the same password with a cheaper hash while the fuzz runs: each of its requests checks it (HTTP Basic)
        List<String> users = List.of("tinh", "xa1", "admin");
        String hash = jdbc.sql("select password_hash from user_account where username = 'tinh'")
                .query(String.class)
                .single();
        jdbc.sql("update user_account set password_hash = :h where username in (:u)")
                .param("h", "{bcrypt}" + new BCryptPasswordEncoder(4).encode(TestAccounts.PASSWORD))
                .param("u", users)
                .update();
        try {
            fuzz();
        } finally {
            jdbc.sql("update user_account set password_hash = :h where username in (:u)")
                    .param("h", hash)
                    .param("u", users)
                    .update();
        }
    }

    private void fuzz() throws Exception {
        String otherProvinceVillage = otherProvinceFixtures();
        caseFixtures();
        supplyFixtures();
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(30);
        String before = fingerprint();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> sentPerEndpoint = new TreeMap<>();
        for (Endpoint endpoint : endpoints) {
            String user = userFor(endpoint.pattern());
            Map<String, String> pathValues = new LinkedHashMap<>();
            String uri = resolve(endpoint.pattern(), pathValues);
            Map<String, String> params = baseParams(endpoint);
            JsonNode body =
                    endpoint.body() == null ? null : base(endpoint.body().getGenericParameterType(), "");
            List<Target> targets = new ArrayList<>();
            if (endpoint.body() != null) {
                collect(endpoint.body().getGenericParameterType(), "", targets, 0);
            }
            for (MethodParameter p : endpoint.handler().getMethodParameters()) {
                RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                if (rp != null && isSimple(p.getParameterType())) {
                    targets.add(new Target(name(p, rp), p.getParameterType(), p.getParameter(), true));
                }
            }
            for (Target target : targets) {
                for (Object bad : badValues(target, user, otherProvinceVillage, endpoint.method() == HttpMethod.PUT)) {
                    Map<String, String> query = new LinkedHashMap<>(params);
                    JsonNode sent = body == null ? null : body.deepCopy();
                    if (target.query()) {
                        query.put(
                                target.path(),
                                bad instanceof JsonNode n ? (n.isNull() ? "" : n.toString()) : String.valueOf(bad));
                    } else {
                        sent = set(sent, target.path(), bad instanceof JsonNode n ? n : NODES.pojoNode(bad));
                    }
                    var request = request(endpoint.method(), uri)
                            .with(httpBasic(user, TestAccounts.PASSWORD))
                            .header("Accept-Language", "vi");
                    query.forEach(request::param);
                    if (sent != null) {
                        request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(sent));
                    }
                    var response = mvc.perform(request).andReturn().getResponse();
                    sentPerEndpoint.merge(endpoint.method() + " " + endpoint.pattern(), 1, Integer::sum);
                    int status = response.getStatus();
                    if (status >= 500 || status < 400) {
                        failures.add(status + " " + endpoint.method() + " " + uri + " as " + user + ": " + target.path()
                                + " = " + shown(bad) + " → "
                                + abbreviate(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        List<String> summary = new ArrayList<>();
        summary.add(
                sentPerEndpoint.values().stream().mapToInt(Integer::intValue).sum() + " requests to "
                        + sentPerEndpoint.size() + " endpoints");
        summary.addAll(failures);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "api-fuzz.txt"), summary);
        assertThat(failures)
                .as("spoilt requests answered with a 5xx or accepted")
                .isEmpty();
        assertThat(fingerprint()).as("registers after the spoilt requests").isEqualTo(before);
        assertThat(sentPerEndpoint)
                .hasSameSizeAs(endpoints.stream()
                        .map(e -> e.method() + " " + e.pattern())
                        .distinct()
                        .toList());
    }

    @Test
    void every_text_a_write_of_the_api_takes_has_a_length_limit() {
        List<String> unlimited = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.body() == null) {
                continue;
            }
            List<Target> targets = new ArrayList<>();
            collect(endpoint.body().getGenericParameterType(), "", targets, 0);
            targets.stream()
                    .filter(t -> t.type() == String.class
                            && size(t) == null
                            && !t.annotations().isAnnotationPresent(Pattern.class))
                    .forEach(t ->
                            unlimited.add(endpoint.body().getParameterType().getSimpleName() + "." + t.path()));
        }
        assertThat(unlimited).as("texts without @Size or @Pattern").isEmpty();
    }

    // --- the endpoints ---

    private List<Endpoint> endpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mapping.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            boolean multipart = e.getKey().getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(t -> t.isCompatibleWith(MediaType.MULTIPART_FORM_DATA));
            for (String pattern : e.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/") || multipart) {
                    continue;
                }
                MethodParameter body = java.util.Arrays.stream(e.getValue().getMethodParameters())
                        .filter(p -> p.hasParameterAnnotation(RequestBody.class))
                        .findFirst()
                        .orElse(null);
                for (RequestMethod m : methods) {
                    if (m == RequestMethod.POST || m == RequestMethod.PUT || m == RequestMethod.PATCH) {
                        found.add(new Endpoint(pattern, m.asHttpMethod(), e.getValue(), body));
                    }
                }
            }
        }
        found.sort(java.util.Comparator.comparing(Endpoint::pattern)
                .thenComparing(e -> e.method().name()));
        return found;
    }

    private static String userFor(String pattern) {
        if (pattern.startsWith("/api/v1/users")) {
            return "admin";
        }
        if (pattern.startsWith("/api/v1/cases") || pattern.startsWith("/api/v1/violations")) {
            return "xa1";
        }
        if (pattern.contains("/self-assessment") || pattern.contains("/submission") && pattern.contains("/entries")) {
            return "xa1";
        }
        return "tinh";
    }

    /** The path with each variable replaced by a real object of the demo in the province, or a unit code. */
    private String resolve(String pattern, Map<String, String> values) {
        Matcher m =
                java.util.regex.Pattern.compile("/([a-z-]+)/\\{([A-Za-z]+)}").matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = idFor(m.group(1), m.group(2), values);
            values.put(m.group(2), value);
            m.appendReplacement(out, Matcher.quoteReplacement("/" + m.group(1) + "/" + value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String idFor(String collection, String variable, Map<String, String> known) {
        String sql =
                switch (collection + "/" + variable) {
                    case "units/code" -> null;
                    case "plan-templates/code" -> null;
                    case "plans/id" -> "select id from plan where province_code = '33' and deleted_at is null order by id";
                    case "projects/projectId" -> "select id from plan_project where plan_id = " + known.get("id")
                            + " and deleted_at is null order by id";
                    case "tasks/id" -> "select id from plan_task where deleted_at is null order by id";
                    case "targets/targetId" -> "select id from plan_target where plan_id = " + known.get("id")
                            + " and deleted_at is null order by id";
                    case "budget-lines/id" -> "select id from plan_budget_line where deleted_at is null order by id";
                    case "key-localities/id" -> "select id from key_locality where deleted_at is null order by id";
                    case "programmes/id" -> "select id from drugfree_programme where deleted_at is null order by id";
                    case "entries/id" -> "select e.id from drugfree_commune e join admin_unit u on u.id = e.unit_id where u.code = '11953' order by e.id";
                    case "hotspots/id" -> "select id from hotspot where deleted_at is null order by id";
                    case "cases/id" -> "select k.id from drug_case k join admin_unit u on u.id = k.commune_id where u.code = '11953' and k.deleted_at is null order by k.id";
                    case "violations/id" -> "select v.id from drug_violation v join admin_unit u on u.id = v.commune_id where u.code = '11953' and v.deleted_at is null order by v.id";
                    case "cultivation-plots/id" -> "select id from cultivation_plot where deleted_at is null order by id";
                    case "businesses/id" -> "select id from business where deleted_at is null order by id";
                    case "schools/id" -> "select s.id from school s join admin_unit u on u.id = s.commune_id where u.code = '11953' and s.deleted_at is null order by s.id";
                    case "industrial-zones/id" -> "select z.id from industrial_zone z join industrial_zone_commune c on c.zone_id = z.id join admin_unit u on u.id = c.commune_id where u.code = '11953' and z.deleted_at is null order by z.id";
                    case "media/id" -> "select m.id from outreach_medium m join admin_unit u on u.id = m.province_id where u.code = '33' and m.deleted_at is null order by m.id";
                    case "outreach-activities/id" -> "select a.id from outreach_activity a join outreach_activity_commune c on c.activity_id = a.id join admin_unit u on u.id = c.commune_id where u.code = '11953' and a.deleted_at is null order by a.id";
                    case "legal-aid-requests/id" -> "select r.id from legal_aid_request r join admin_unit u on u.id = r.commune_id where u.code = '11953' and r.deleted_at is null order by r.id";
                    case "facilities/id" -> "select f.id from facility f join admin_unit u on u.id = f.commune_id where u.code = '11953' and f.deleted_at is null order by f.id";
                    case "episodes/id" -> "select t.id from substitution_episode t join person p on p.id = t.person_id join admin_unit u on u.id = p.unit_id where u.code = '11953' and t.deleted_at is null order by t.id";
                    case "qualifications/qualificationId" -> "select id from facility_qualification where facility_id = "
                            + known.get("id") + " and deleted_at is null order by id";
                    case "assessments/assessmentId" -> "select id from facility_assessment where facility_id = "
                            + known.get("id") + " and deleted_at is null order by id";
                    case "inspections/inspectionId" -> "select id from business_inspection where business_id = "
                            + known.get("id") + " and deleted_at is null order by id";
                    case "people/id" -> "select p.id from person p join admin_unit u on u.id = p.unit_id where u.code = '11953' and p.deleted_at is null order by p.id";
                    case "episodes/episodeId" -> "select id from episode where person_id = " + known.get("id")
                            + " and deleted_at is null and end_date is null order by id";
                    case "transfers/id" -> "select id from person_transfer order by id";
                    case "placements/episodeId" -> "select id from episode where facility_id is not null"
                            + " and deleted_at is null and end_date is null order by id";
                    case "reports/id" -> "select id from report order by id";
                    case "manual-metrics/id" -> "select id from manual_metric where province_code = '33' and deleted_at is null order by id";
                    case "manual-figures/id" -> "select id from manual_figure where deleted_at is null order by id";
                    case "register-starts/id" -> "select id from register_start where deleted_at is null order by id";
                    case "villages/id" -> "select v.id from village v join admin_unit u on u.id = v.commune_id where u.code = '11953' and v.deleted_at is null order by v.id";
                    case "agencies/id" -> "select id from agency where province_code = '33' and deleted_at is null order by id";
                    case "users/id" -> "select id from user_account where username = 'xa2'";
                    case "unit-groups/id" -> "select id from unit_group where province_code = '33' and deleted_at is null order by id";
                    case "unit-attributes/id" -> "select a.id from unit_attribute a join admin_unit u on u.id = a.unit_id where u.code = '11953' and a.deleted_at is null order by a.id";
                    case "criteria-sets/id" -> "select id from drugfree_criteria_set where province_code = '33' and deleted_at is null order by id";
                    default -> throw new IllegalStateException("no object for /" + collection + "/{" + variable + "}");
                };
        if (sql == null) {
            return variable.equals("code") && collection.equals("units") ? "11953" : "KHONG_CO";
        }
        return jdbc.sql(sql + " limit 1")
                .query(Long.class)
                .optional()
                .map(String::valueOf)
                .orElse("999999999");
    }

    private Map<String, String> baseParams(Endpoint endpoint) {
        Map<String, String> params = new LinkedHashMap<>();
        for (MethodParameter p : endpoint.handler().getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (rp != null && isSimple(p.getParameterType())) {
                String name = name(p, rp);
                params.put(name, String.valueOf(sample(name, p.getParameterType(), p.getParameter())));
            }
        }
        return params;
    }

    private static String name(MethodParameter p, RequestParam rp) {
        String name = !rp.name().isEmpty() ? rp.name() : rp.value();
        return name.isEmpty() ? p.getParameterName() : name;
    }

    // --- bodies built from the records ---

    private JsonNode base(Type type, String name) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            ObjectNode node = NODES.objectNode();
            for (RecordComponent c : raw.getRecordComponents()) {
                JsonNode value = base(c.getGenericType(), c.getName());
                Object sample = value == null ? null : value;
                if (sample != null) {
                    node.set(c.getName(), value);
                }
            }
            return node;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            ArrayNode array = NODES.arrayNode();
            Type element = argument(type, 0);
            if (!Set.class.isAssignableFrom(raw)) {
                JsonNode one = base(element, singular(name));
                if (one != null) {
                    array.add(one);
                }
            }
            return array;
        }
        if (Map.class.isAssignableFrom(raw)) {
            return NODES.objectNode();
        }
        Object value = sample(name, raw, null);
        return value == null ? null : NODES.pojoNode(value);
    }

    private Object sample(String name, Class<?> type, AnnotatedElement annotations) {
        if (type == String.class) {
            return switch (name) {
                case "communeCode", "residenceCommuneCode", "permanentCommuneCode" -> "11953";
                case "toCommuneCode" -> "11977";
                case "provinceCode", "unitCode", "province", "unit" -> "33";
                case "code" -> "manual.fuzz";
                case "username" -> "fuzz_user";
                case "email" -> "fuzz@pcmt.vn";
                case "idNumber", "oldIdNumber", "phone" -> "";
                case "metricCode" -> "people.addicts";
                case "localityType" -> "I";
                case "reason", "comment" -> "Thử";
                default -> "Thử nghiệm";
            };
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == LocalDate.class) {
            return "2026-01-15";
        }
        if (type == Integer.class || type == int.class) {
            return name.toLowerCase().contains("year")
                    ? 2026
                    : name.toLowerCase().contains("month") ? 6 : 15;
        }
        if (type == Long.class || type == long.class) {
            if (name.equals("version")) {
                return 0;
            }
            if (name.equals("shiftYears")) {
                return 0;
            }
            return idSample(name);
        }
        if (type == BigDecimal.class) {
            return 1;
        }
        if (type == Boolean.class || type == boolean.class) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** A real id for an id field: an agency, a criteria set, a village of the province… */
    private Object idSample(String name) {
        String sql =
                switch (singular(name)) {
                    case "leadAgencyId",
                            "agencyId",
                            "cooperatingAgencyId" -> "select id from agency where province_code = '33' order by id";
                    case "criteriaSetId" -> "select id from drugfree_criteria_set order by id";
                    case "criterionId" -> "select id from drugfree_criterion order by id";
                    case "villageId",
                            "residenceVillageId",
                            "permanentVillageId" -> "select v.id from village v join admin_unit u on u.id = v.commune_id where u.code = '11953' order by v.id";
                    case "suspectId" -> "select p.id from person p join admin_unit u on u.id = p.unit_id where u.code = '11953' order by p.id";
                    default -> null;
                };
        if (sql == null) {
            return 1;
        }
        return jdbc.sql(sql + " limit 1").query(Long.class).optional().orElse(1L);
    }

    private void collect(Type type, String prefix, List<Target> targets, int depth) {
        Class<?> raw = raw(type);
        if (!raw.isRecord() || depth > 3) {
            return;
        }
        for (RecordComponent c : raw.getRecordComponents()) {
            String path = prefix + c.getName();
            Class<?> t = c.getType();
            if (Collection.class.isAssignableFrom(t)) {
                Type element = argument(c.getGenericType(), 0);
                if (raw(element).isRecord()) {
                    collect(element, path + "[0].", targets, depth + 1);
                } else if (!Set.class.isAssignableFrom(t)) {
                    targets.add(new Target(path + "[0]", raw(element), c.getAnnotatedType(), false));
                }
                targets.add(new Target(path, t, field(raw, c), false));
            } else if (raw(c.getGenericType()).isRecord()) {
                collect(c.getGenericType(), path + ".", targets, depth + 1);
            } else {
                targets.add(new Target(path, t, field(raw, c), false));
            }
        }
    }

    /**
     * The bad values a field gets: every text a NUL and 100,000 characters, every id one that does not exist and
     * one of another province; then one more drawn from the rest (over its limit, another control character, a
     * wrong JSON type, an unknown choice, an impossible date, null where required…). Each request costs a password
     * check (HTTP Basic), so the rest is sampled to keep the run short.
     */
    private List<Object> badValues(Target target, String user, String otherProvinceVillage, boolean put) {
        List<Object> always = new ArrayList<>();
        List<Object> others = new ArrayList<>();
        Class<?> type = target.type();
        String leaf = target.path().replaceAll(".*\\.", "").replaceAll("\\[0]$", "");
        if (type == String.class) {
            always.add(NUL);
            always.add(LONG);
            Size size = size(target);
            if (size != null && size.max() < LONG.length()) {
                others.add("y".repeat(size.max() + 1));
            }
            others.add("a\u0007b");
            others.add("a\u001Bb");
            if (leaf.equals("toCommuneCode") || leaf.equals("permanentCommuneCode")) {
                // a move, or a permanent residence, may be in another province: only a commune that does not exist is
                // bad
                always.add("99999");
            } else if (leaf.equals("residenceCommuneCode") && put) {
                // a correction keeps the residence (it moves only by a transfer): the field is not read
                always.add("1");
            } else if (leaf.endsWith("ommuneCode")
                    || leaf.equals("province")
                    || leaf.equals("provinceCode")
                    || leaf.equals("unitCode") && !user.equals("admin")) {
                always.add("99999");
                if (!user.equals("admin")) {
                    always.add(leaf.startsWith("province") ? "01" : "00004");
                }
            }
            others.add(NODES.objectNode().put("x", 1));
        } else if (type.isEnum()) {
            always.add("NOPE");
            others.add(NUL);
            others.add(12);
        } else if (type == LocalDate.class) {
            always.add("2025-02-30");
            others.add("30/02/2025");
            others.add(NUL);
            others.add(LONG);
            others.add(20250230);
        } else if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            if (leaf.endsWith("Id") || leaf.endsWith("Ids")) {
                always.add(999_999_999L);
                if (!user.equals("admin") && leaf.toLowerCase().contains("village")) {
                    always.add(Long.valueOf(otherProvinceVillage));
                }
                if (!user.equals("admin") && leaf.toLowerCase().contains("agency")) {
                    always.add(otherProvinceAgency);
                }
            }
            others.add("abc");
            others.add(NUL);
            others.add(true);
            if (!leaf.equals("version")) { // a new object has no version to compare: any number is ignored
                others.add("1e400");
                others.add(99_999_999_999_999_999L);
            }
        } else if (type == BigDecimal.class) {
            always.add(new BigDecimal("1e40"));
            others.add("abc");
            others.add(NUL);
            others.add(new BigDecimal("1e400"));
            others.add(NODES.arrayNode());
        } else if (type == Boolean.class || type == boolean.class) {
            others.add("perhaps");
            others.add(NUL);
        } else if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            others.add("abc");
            others.add(NUL);
            others.add(7);
        }
        if (target.annotations().isAnnotationPresent(NotNull.class)
                || target.annotations().isAnnotationPresent(NotBlank.class)) {
            others.add(NODES.nullNode());
        }
        // texts already got two bad values: one of the rest for a quarter of them
        if (!others.isEmpty() && (type != String.class || random.nextInt(4) == 0)) {
            always.add(others.get(random.nextInt(others.size())));
        }
        return always;
    }

    private static Size size(Target target) {
        return target.annotations().getAnnotation(Size.class);
    }

    private JsonNode set(JsonNode body, String path, JsonNode value) {
        JsonNode root = body == null ? NODES.objectNode() : body;
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean indexed = part.endsWith("[0]");
            String field = indexed ? part.substring(0, part.length() - 3) : part;
            ObjectNode object = (ObjectNode) node;
            boolean last = i == parts.length - 1;
            if (indexed) {
                JsonNode array = object.get(field);
                if (!(array instanceof ArrayNode)) {
                    array = object.putArray(field);
                }
                ArrayNode a = (ArrayNode) array;
                if (last) {
                    a.removeAll();
                    a.add(value);
                } else {
                    if (a.isEmpty()) {
                        a.addObject();
                    }
                    node = a.get(0);
                }
            } else if (last) {
                object.set(field, value);
            } else {
                node = object.get(field) == null ? object.putObject(field) : object.get(field);
            }
        }
        return root;
    }

    // --- the registers before and after ---

    /** Rows of every table and their versions, the last audit revision and the register version. */
    /** A standing plot of Phường Phố Hiến, so that the cultivation writes meet a real object (issue 17). */
    private void supplyFixtures() {
        jdbc.sql("insert into cultivation_plot (commune_id, species, area_m2, plants, found_on, found_by)"
                        + " select id, 'CANNABIS', 50, 100, '2025-09-01', 'Công an phường' from admin_unit"
                        + " where code = '11953' and valid_to is null")
                .update();
        jdbc.sql("insert into business (commune_id, kind, name, address, owner_name, licence_date)"
                        + " select id, 'KARAOKE', 'Karaoke Thử', 'Số 1', 'Chủ Thử', '2024-01-01' from admin_unit"
                        + " where code = '11953' and valid_to is null")
                .update();
        // the outreach and legal-aid registers of issue 18: a school, a zone, a medium, an activity, a request
        long commune = jdbc.sql("select id from admin_unit where code = '11953' and valid_to is null")
                .query(Long.class)
                .single();
        long school = jdbc.sql("insert into school (commune_id, name, level) values (:c, 'Trường Thử', 'PRIMARY')"
                        + " returning id")
                .param("c", commune)
                .query(Long.class)
                .single();
        long zone = jdbc.sql("insert into industrial_zone (name, workers, workers_counted_on)"
                        + " values ('Cụm Thử', 100, '2025-01-01') returning id")
                .query(Long.class)
                .single();
        jdbc.sql("insert into industrial_zone_commune (zone_id, commune_id) values (:z, :c)")
                .param("z", zone)
                .param("c", commune)
                .update();
        jdbc.sql("insert into outreach_medium (province_id, name, kind, major) select id, 'Báo Thử', 'NEWSPAPER', true"
                        + " from admin_unit where code = '33' and valid_to is null")
                .update();
        long activity = jdbc.sql("insert into outreach_activity (held_on, form, audience, title)"
                        + " values ('2026-01-01', 'TALK', 'STUDENTS', 'Nói chuyện Thử') returning id")
                .query(Long.class)
                .single();
        jdbc.sql("insert into outreach_activity_commune (activity_id, commune_id) values (:a, :c)")
                .param("a", activity)
                .param("c", commune)
                .update();
        jdbc.sql("insert into outreach_activity_school (activity_id, school_id) values (:a, :s)")
                .param("a", activity)
                .param("s", school)
                .update();
        jdbc.sql("insert into legal_aid_request (commune_id, requested_on, subject)"
                        + " values (:c, '2026-01-01', 'Yêu cầu Thử')")
                .param("c", commune)
                .update();
        // the facility register (ADR 040): a public rehab facility with a qualification and an assessment
        long facility = jdbc.sql("insert into facility (commune_id, kind, name, public_owned, valid_from)"
                        + " values (:c, 'PUBLIC_REHAB', 'Cơ sở Thử', true, '2025-07-01') returning id")
                .param("c", commune)
                .query(Long.class)
                .single();
        jdbc.sql("insert into facility_qualification (facility_id, kind, since) values (:f, 'DETERMINE_ADDICTION',"
                        + " '2025-08-01')")
                .param("f", facility)
                .update();
        jdbc.sql("insert into facility_assessment (facility_id, criterion, assessed_on, met) values (:f, 'STAFF',"
                        + " '2025-08-01', true)")
                .param("f", facility)
                .update();
        // substitution treatment (ADR 044): a clinic and a person of the commune in treatment there
        long clinic = jdbc.sql("insert into facility (commune_id, kind, name, public_owned, valid_from)"
                        + " values (:c, 'SUBSTITUTION_CLINIC', 'Cơ sở điều trị Thử', true, '2020-01-01') returning id")
                .param("c", commune)
                .query(Long.class)
                .single();
        long person = jdbc.sql("insert into person (full_name, search_name, sort_key, birth_year, sex, unit_id)"
                        + " values ('Nguyễn Văn Thử', 'nguyen van thu', '\\x00'::bytea, 1990, 'MALE', :c) returning id")
                .param("c", commune)
                .query(Long.class)
                .single();
        long legal = jdbc.sql("insert into episode (person_id, kind, form, unit_id, start_date, facility)"
                        + " values (:p, 'SUBSTITUTION_TREATMENT', 'METHADONE', :c, '2025-09-01', 'Cơ sở điều trị Thử')"
                        + " returning id")
                .param("p", person)
                .param("c", commune)
                .query(Long.class)
                .single();
        jdbc.sql("insert into substitution_episode (person_id, clinic_id, start_date, medicine, legal_episode_id)"
                        + " values (:p, :c, '2025-09-01', 'METHADONE', :l)")
                .param("p", person)
                .param("c", clinic)
                .param("l", legal)
                .update();
    }

    private String fingerprint() {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'"
                        + " and table_type = 'BASE TABLE' and table_name not in ('access_log', 'flyway_schema_history')"
                        + " order by table_name")
                .query(String.class)
                .list();
        // an array, not concat_ws: a function takes at most 100 arguments and the schema has more tables
        StringBuilder sql = new StringBuilder("select array_to_string(array[''");
        for (String table : tables) {
            boolean versioned = !table.equals("user_account")
                    && jdbc.sql("select count(*) from information_schema.columns where table_schema = 'public'"
                                            + " and table_name = :t and column_name = 'version'")
                                    .param("t", table)
                                    .query(Long.class)
                                    .single()
                            > 0;
            sql.append(", '")
                    .append(table)
                    .append("=' || (select count(*)")
                    .append(versioned ? " || '/' || coalesce(sum(version), 0)" : "")
                    .append(" from ")
                    .append(table)
                    .append(")");
        }
        sql.append("], ',')");
        return jdbc.sql(sql.toString()).query(String.class).single();
    }

    /** A case and a violation of Phường Phố Hiến to spoil writes on (made before the fingerprint). */
    private void caseFixtures() {
        long commune = jdbc.sql("select id from admin_unit where code = '11953' and valid_to is null")
                .query(Long.class)
                .single();
        if (jdbc.sql("select count(*) from drug_case where commune_id = :c and deleted_at is null")
                        .param("c", commune)
                        .query(Long.class)
                        .single()
                == 0) {
            long agency = jdbc.sql(
                            "select id from agency where province_code = '33' and kind = 'POLICE' and deleted_at is null"
                                    + " order by id limit 1")
                    .query(Long.class)
                    .single();
            long kase = jdbc.sql("insert into drug_case (commune_id, detected_on, agency_id, summary, stage)"
                            + " values (:c, '2025-09-01', :a, 'Vụ thử', 'DETECTED') returning id")
                    .param("c", commune)
                    .param("a", agency)
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into drug_case_article (case_id, article_code) values (:k, '251')")
                    .param("k", kase)
                    .update();
        }
        if (jdbc.sql("select count(*) from drug_violation where commune_id = :c and deleted_at is null")
                        .param("c", commune)
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("insert into drug_violation (commune_id, decided_on, full_name, decision_number, behaviour, fine)"
                            + " values (:c, '2025-09-01', 'Người thử', '1/QĐ', 'Sử dụng', 1000000)")
                    .param("c", commune)
                    .update();
        }
    }

    /** A village and an agency of another province, for ids of other units (made before the fingerprint). */
    private String otherProvinceFixtures() throws Exception {
        Long village = jdbc.sql(
                        "select v.id from village v join admin_unit u on u.id = v.commune_id where u.code = '00004'")
                .query(Long.class)
                .optional()
                .orElse(null);
        if (village == null) {
            mvc.perform(request(HttpMethod.POST, "/api/v1/units/00004/villages")
                    .with(httpBasic("admin", TestAccounts.PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"Thôn Ngoài Tỉnh\",\"kind\":\"THON\"}"));
            village = jdbc.sql(
                            "select v.id from village v join admin_unit u on u.id = v.commune_id where u.code = '00004'")
                    .query(Long.class)
                    .single();
        }
        Long agency = jdbc.sql("select id from agency where province_code = '01' order by id limit 1")
                .query(Long.class)
                .optional()
                .orElse(null);
        if (agency == null) {
            mvc.perform(request(HttpMethod.POST, "/api/v1/agencies?province=01")
                    .with(httpBasic("admin", TestAccounts.PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"code\":\"CA\",\"name\":\"Công an Ngoài Tỉnh\",\"kind\":\"POLICE\"}"));
            agency = jdbc.sql("select id from agency where province_code = '01' order by id limit 1")
                    .query(Long.class)
                    .single();
        }
        otherProvinceAgency = agency;
        groupsAndSets();
        return String.valueOf(village);
    }

    /** A group of units, an attribute and a criteria set of Hưng Yên, for the writes on them (issue 16). */
    private void groupsAndSets() {
        if (jdbc.sql("select count(*) from unit_group where province_code = '33' and deleted_at is null")
                        .query(Long.class)
                        .single()
                == 0) {
            long group = jdbc.sql("insert into unit_group (province_code, name, search_name, valid_from)"
                            + " values ('33', 'Nhóm thử', 'nhom thu fuzz', '2025-07-01') returning id")
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into unit_group_member (group_id, unit_id) select :g, id from admin_unit"
                            + " where code = '11953' and valid_to is null")
                    .param("g", group)
                    .update();
            jdbc.sql("insert into unit_attribute (unit_id, attribute, valid_from) select id, 'BORDER', '2025-07-01'"
                            + " from admin_unit where code = '11953' and valid_to is null")
                    .update();
            long set = jdbc.sql(
                            "insert into drugfree_criteria_set (code, name, valid_from, source, confirmed,"
                                    + " province_code) values ('FUZZ', 'Bộ thử', '2026-01-01', 'Thử', false, '33') returning id")
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into drugfree_criterion (set_id, ordinal, code, text, method)"
                            + " values (:s, 1, 'A', 'Tiêu chí thử', 'MANUAL_ZERO')")
                    .param("s", set)
                    .update();
        }
    }

    /** An agency of another province, for agency ids of other units. */
    private Long otherProvinceAgency;

    // --- types ---

    /** The record's field, which carries the constraints written on the component. */
    private static AnnotatedElement field(Class<?> record, RecordComponent c) {
        try {
            return record.getDeclaredField(c.getName());
        } catch (NoSuchFieldException e) {
            return c;
        }
    }

    private static boolean isSimple(Class<?> type) {
        return type == String.class
                || type.isPrimitive()
                || Number.class.isAssignableFrom(type)
                || type == Boolean.class
                || type == LocalDate.class
                || type.isEnum();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof java.lang.reflect.WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static String singular(String name) {
        return name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
    }

    private static String shown(Object value) {
        String s = value instanceof JsonNode n ? n.toString() : String.valueOf(value);
        StringBuilder b = new StringBuilder();
        s.chars()
                .forEach(c -> b.append(
                        c < 0x20 || Character.isSurrogate((char) c)
                                ? String.format("\\u%04x", c)
                                : String.valueOf((char) c)));
        return abbreviate(b.toString());
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…(" + s.length() + ")" : s;
    }
}
