package vn.pcmt.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.pcmt.agencies.internal.AgencyForm;
import vn.pcmt.agencies.internal.StandardAgencies;
import vn.pcmt.text.VietnameseText;

/**
 * The registers of issues 17 and 18 on the national benchmark register (ADR 051), generated in bulk SQL
 * ({@code generate_series}) over the 3,321 communes of today and the communes before 1/7/2025: drug crime cases with
 * articles, suspects and seizures, administrative violations, cultivation plots, businesses with inspections; the
 * facilities (public and private rehab facilities per province, a health station and most often a reception point per
 * commune, substitution clinics and dispensing points), placements at rehab facilities, substitution episodes of the
 * people in substitution treatment, schools, industrial zones, media and outreach activities, legal-aid requests.
 *
 * <p>Every row is written by {@code bench} ({@code created_by}), never by {@code demo}, so that the demo's own data
 * of Hưng Yên is told apart (and switched off in the benchmarks). Each step adds what is missing: the records it
 * counts up to its target, or the rows (articles, suspects, seizures, inspections…) of the records that have none, so
 * that a register kept in {@code data/bench-pg} is completed, never doubled. Draws are hashes of the row number and a
 * salt ({@code pg_temp.r}), so the same target gives the same register. Written like {@code SyntheticPeople}: with
 * the triggers off ({@code session_replication_role = replica}: the register version and, for the episodes it
 * changes, the people's periods are brought up to date at the end of the step); foreign keys are then not checked, so
 * every id is read from the tables it refers to.
 */
final class SyntheticRegisters {

    /** The "today" of the synthetic register, as in {@code SyntheticPeople}. */
    private static final String TODAY = "date '2026-11-01'";

    private static final String SURNAMES =
            "array['Nguyễn','Trần','Lê','Phạm','Hoàng','Vũ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý','Đào','Đinh',"
                    + "'Trịnh','Lương','Phan','Tạ','Mai']";
    private static final String MIDDLES = "array['Văn','Đức','Minh','Quang','Hữu','Công','Thanh','Xuân','Đình','Mạnh']";
    private static final String GIVEN = "array['An','Bình','Cường','Dũng','Đức','Giang','Hải','Hùng','Hưng','Khánh',"
            + "'Long','Nam','Phong','Quân','Sơn','Thắng','Tuấn','Việt','Hoàng','Trung','Hiếu','Toàn','Vinh','Tùng']";
    private static final String FEMALE_GIVEN =
            "array['Anh','Hà','Hạnh','Hoa','Hương','Lan','Linh','Mai','Ngọc','Nhung','Oanh','Thảo','Trang','Yến']";

    private final JdbcTemplate jdbc;
    private final Connection connection;

    private SyntheticRegisters(Connection connection) {
        this.connection = connection;
        this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    }

    /** Fills (or completes) the registers for {@code cases} drug crime cases; the others follow from that number. */
    static void fill(DataSource dataSource, int cases) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            SyntheticRegisters registers = new SyntheticRegisters(connection);
            // a register completed for these cases and these people is left as it is (each benchmark's fork starts
            // the application again: the checks of every step cost tens of seconds on a busy machine)
            String done = "bench registers complete: " + cases + " cases, "
                    + registers.count("select count(*) from person") + " people";
            if (done.equals(registers.jdbc.queryForObject(
                    "select obj_description('drug_case'::regclass, 'pg_class')", String.class))) {
                System.out.println(done);
                return;
            }
            connection.setAutoCommit(false);
            registers.prepare();
            registers.agencies();
            registers.prepareAgencies();
            registers.cases(cases);
            registers.violations(cases / 2);
            registers.plots(cases / 10);
            registers.businesses(cases * 2 / 5);
            registers.facilities();
            registers.placements();
            registers.substitution();
            registers.outreach(cases * 4 / 5);
            registers.legalAid(cases / 8);
            registers.step("analyze", () -> {
                registers.jdbc.execute("update register_version set version = version + 1 where id = 1");
                registers.jdbc.execute("comment on table drug_case is '" + done + "'");
            });
            connection.setAutoCommit(true);
            registers.jdbc.execute("analyze");
            registers.report();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        System.out.printf("bench registers: ready in %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
    }

    /** One step in one transaction, the triggers off; the tables it wrote analysed (the next steps join them). */
    private void step(String name, Runnable work, String... written) {
        long t = System.nanoTime();
        try {
            jdbc.execute("set local session_replication_role = replica");
            work.run();
            jdbc.execute("set local session_replication_role = origin");
            for (String table : written) {
                jdbc.execute("analyze " + table);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("bench registers: " + name + " failed", e);
        }
        System.out.printf("bench registers: %s (%d ms)%n", name, (System.nanoTime() - t) / 1_000_000L);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /** The draw function and the places: the communes of today, each with a commune before 1/7/2025 if any. */
    private void prepare() {
        step("places", () -> {
            // a number in [0, 1) drawn from a row number and a salt (deterministic)
            jdbc.execute("create or replace function pg_temp.r(n bigint, salt int) returns float8 language sql"
                    + " immutable as $$ select (hashint8(n * 7919 + salt * 104729)::float8 + 2147483648) / 4294967296"
                    + " $$");
            jdbc.execute("drop table if exists bench_place");
            jdbc.execute("create temp table bench_place as"
                    + " select row_number() over (order by c.province_code, c.id)::int as pn, c.id as commune_id,"
                    + " c.name, c.full_name, c.province_code,"
                    + " (select min(s.predecessor_id) from unit_succession s join admin_unit o on o.id = s.predecessor_id"
                    + "   and o.level = 'COMMUNE' and o.valid_to = date '2025-06-30' where s.successor_id = c.id) as old_id"
                    + " from admin_unit c where c.level = 'COMMUNE'"
                    // the communes in force on 1/7/2025, as the people's (SyntheticPeople)
                    + " and (c.valid_from is null or c.valid_from <= date '2025-07-01')"
                    + " and (c.valid_to is null or c.valid_to >= date '2025-07-01')");
            jdbc.execute("create unique index on bench_place (pn)");
            jdbc.execute("analyze bench_place");
            // each commune (of today or before the reform) → the province of today it lies in
            jdbc.execute("drop table if exists bench_unit_province");
            jdbc.execute("create temp table bench_unit_province as"
                    + " select commune_id as unit_id, province_code, commune_id as now_id from bench_place"
                    + " union select o.id, min(p.province_code), min(p.commune_id) from admin_unit o"
                    + " join unit_succession s on s.predecessor_id = o.id join bench_place p on p.commune_id = s.successor_id"
                    + " where o.level = 'COMMUNE' and o.valid_to < date '2025-07-01' group by o.id");
            jdbc.execute("create unique index on bench_unit_province (unit_id)");
            jdbc.execute("analyze bench_unit_province");
            jdbc.execute("drop table if exists bench_province");
            jdbc.execute("create temp table bench_province as select row_number() over (order by code)::int as n,"
                    + " id, code, name, full_name from admin_unit where level = 'PROVINCE' and valid_to is null");
        });
        System.out.printf(
                "bench registers: %d communes of 1/7/2025 (%d with a commune before), %d provinces%n",
                count("select count(*) from bench_place"),
                count("select count(*) from bench_place where old_id is not null"),
                count("select count(*) from bench_province"));
    }

    /** The standard agencies of every province that has none (as Hưng Yên's demo gives its own). */
    private void agencies() {
        step("agencies", () -> {
            List<Map<String, Object>> provinces = jdbc.queryForList("select code, name, full_name from bench_province p"
                    + " where not exists (select 1 from agency a where a.province_code = p.code"
                    + " and a.deleted_at is null)");
            for (Map<String, Object> p : provinces) {
                String code = (String) p.get("code");
                boolean city = String.valueOf(p.get("full_name")).startsWith("Thành phố");
                for (AgencyForm form : StandardAgencies.forProvince(code, (String) p.get("name"), city)) {
                    jdbc.update(
                            "insert into agency (province_code, code, name, short_name, kind, search_name, sort_key,"
                                    + " valid_from, valid_to) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            code,
                            form.code(),
                            form.name(),
                            form.shortName(),
                            form.kind().name(),
                            VietnameseText.fold(form.name()),
                            VietnameseText.sortKey(form.name()),
                            form.validFrom(),
                            form.validTo());
                }
            }
        });
    }

    private void prepareAgencies() {
        step("agency picks", () -> {
            jdbc.execute("drop table if exists bench_agency");
            jdbc.execute(
                    "create temp table bench_agency as select distinct on (province_code, code) province_code,"
                            + " code, id from agency where deleted_at is null"
                            + " and code in ('CA', 'BDBP', 'HQ', 'STP', 'DTN', 'SGDDT', 'SYT') order by province_code, code, id");
            jdbc.execute("create unique index on bench_agency (province_code, code)");
        });
    }

    /** A commune of today drawn for row {@code n}, and the commune in force on {@code day} (before the reform, the old one). */
    private static String place(String n, int salt) {
        return "bench_place p on p.pn = 1 + floor(pg_temp.r(" + n + ", " + salt
                + ") * (select count(*) from bench_place))::int";
    }

    private static String communeOn(String day) {
        return "case when " + day + " < date '2025-07-01' and p.old_id is not null then p.old_id else p.commune_id end";
    }

    /**
     * Drug crime cases from 1/1/2020 to 31/10/2026 (somewhat more each year), over the communes (before 1/7/2025
     * their commune of then), detected by the police (80 %), the border guard or customs of the province; the stage
     * by the case's age; flags (cyberspace-related more each year); then one or two articles, 1–3 suspects and 2–3
     * seizures for each case that has none.
     */
    private void cases(int target) {
        long existing = count("select count(*) from drug_case where created_by = 'bench'");
        if (existing < target) {
            step(
                    "cases",
                    () -> jdbc.update(
                            """
                    with g as (
                      select n, date '2020-01-01' + floor(2495 * power(pg_temp.r(n, 2), 0.8))::int as day,
                        pg_temp.r(n, 4) as who, pg_temp.r(n, 5) as s, pg_temp.r(n, 6) as pace
                      from generate_series(%d, %d) n),
                    x as (
                      select g.*, case when s < 0.04 then -2 when s < 0.09 then -1
                        else least(5, floor((%s - day) / 45.0 * (0.5 + pace)))::int end as lvl from g)
                    insert into drug_case (commune_id, detected_on, agency_id, summary, stage, opened_on, charged_on,
                      indicted_on, tried_on, mobile_trial, judged_on, transferred_on, suspended_on, cyberspace,
                      transnational, organised_ring, key_route, created_by)
                    select %s, x.day, a.id,
                      (array['Bắt quả tang đối tượng tàng trữ trái phép chất ma túy',
                             'Triệt phá đường dây mua bán trái phép chất ma túy',
                             'Phát hiện đối tượng vận chuyển trái phép chất ma túy',
                             'Bắt giữ đối tượng mua bán trái phép chất ma túy',
                             'Phát hiện tụ điểm tổ chức sử dụng trái phép chất ma túy',
                             'Kiểm tra hành chính phát hiện nhóm đối tượng sử dụng trái phép chất ma túy'])
                        [1 + floor(pg_temp.r(x.n, 3) * 6)::int],
                      case x.lvl when -2 then 'SUSPENDED' when -1 then 'TRANSFERRED' when 0 then 'DETECTED'
                        when 1 then 'OPENED' when 2 then 'CHARGED' when 3 then 'INDICTED' when 4 then 'TRIED'
                        else 'JUDGED' end,
                      case when x.lvl >= 1 or x.lvl = -2 then x.day + 3 end,
                      case when x.lvl >= 2 then x.day + 15 end,
                      case when x.lvl >= 3 then x.day + 75 end,
                      case when x.lvl >= 4 then x.day + 120 end,
                      x.lvl >= 4 and pg_temp.r(x.n, 7) < 0.12,
                      case when x.lvl >= 5 then x.day + 121 end,
                      case when x.lvl = -1 then least(x.day + 10, %s) end,
                      case when x.lvl = -2 then least(x.day + 60, %s) end,
                      pg_temp.r(x.n, 8) < 0.04 + 0.02 * (extract(year from x.day) - 2020),
                      pg_temp.r(x.n, 9) < 0.05, pg_temp.r(x.n, 10) < 0.10, pg_temp.r(x.n, 11) < 0.07, 'bench'
                    from x join %s
                    join bench_agency a on a.province_code = p.province_code
                      and a.code = case when x.who < 0.8 then 'CA' when x.who < 0.9 then 'BDBP' else 'HQ' end
                    order by x.n"""
                                    .formatted(
                                            existing + 1,
                                            target,
                                            TODAY,
                                            communeOn("x.day"),
                                            TODAY,
                                            TODAY,
                                            place("x.n", 1))),
                    "drug_case");
        }
        step(
                "case articles",
                () -> {
                    jdbc.execute("drop table if exists bench_new");
                    jdbc.execute("create temp table bench_new as select k.id, k.detected_on from drug_case k"
                            + " where k.created_by = 'bench' and not exists (select 1 from drug_case_article ca"
                            + " where ca.case_id = k.id)");
                    jdbc.update(
                            """
                    insert into drug_case_article (case_id, article_code)
                    select id, main from (
                      select id, v, case
                        when v < 0.30 then '249' when v < 0.63 then '251' when v < 0.71 then '250'
                        when v < 0.77 then '255' when v < 0.83 then '256'
                        when v < 0.88 then case when detected_on >= date '2025-07-01' then '256a' else '249' end
                        when v < 0.90 then '247' when v < 0.91 then '248' when v < 0.92 then '252'
                        when v < 0.94 then '253' when v < 0.96 then '254' when v < 0.975 then '257'
                        when v < 0.99 then '258' else '259' end as main
                      from (select id, detected_on, pg_temp.r(id, 21) as v from bench_new) b) m
                    union all
                    select id, case when main = '249' then '251' else '249' end from (
                      select id, case when pg_temp.r(id, 21) < 0.30 then '249' else '251' end as main
                      from bench_new where pg_temp.r(id, 22) < 0.15
                        and pg_temp.r(id, 21) < 0.63) s""");
                },
                "drug_case_article");
        step(
                "suspects",
                () -> jdbc.update(
                        """
                with k as (
                  select k.id, k.detected_on, s, k.id * 4 + s as m, up.province_code
                  from drug_case k join bench_unit_province up on up.unit_id = k.commune_id
                  cross join lateral generate_series(1, 1 + floor(pg_temp.r(k.id, 31) * 2.2)::int) s
                  where k.created_by = 'bench'
                    and not exists (select 1 from case_suspect x where x.case_id = k.id)),
                y as (
                  select k.*, pg_temp.r(m, 33) < 0.1 as female,
                    extract(year from detected_on)::int - (15 + floor(power(pg_temp.r(m, 34), 1.6) * 45))::int as born,
                    (select pp.id from person pp where pp.id = (select 1 + floor(pg_temp.r(m, 35) * max(id))::bigint
                       from person) and pp.deleted_at is null) as linked
                  from k)
                insert into case_suspect (case_id, person_id, full_name, female, birth_year, id_number, role, age_group,
                  prior_record, drug_user, created_by)
                select id, case when pg_temp.r(m, 32) < 0.1 then linked end,
                  case when pg_temp.r(m, 32) >= 0.1 or linked is null then
                    (%s)[1 + floor(pg_temp.r(m, 36) * 20)::int] || ' '
                    || case when female then 'Thị' else (%s)[1 + floor(pg_temp.r(m, 37) * 10)::int] end || ' '
                    || case when female then (%s)[1 + floor(pg_temp.r(m, 38) * 14)::int]
                       else (%s)[1 + floor(pg_temp.r(m, 38) * 24)::int] end end,
                  case when pg_temp.r(m, 32) >= 0.1 or linked is null then female end,
                  case when pg_temp.r(m, 32) >= 0.1 or linked is null then born end,
                  case when (pg_temp.r(m, 32) >= 0.1 or linked is null) and pg_temp.r(m, 39) < 0.8 then
                    '0' || province_code || ((case when born >= 2000 then 2 else 0 end) + (case when female then 1 else 0 end))
                    || lpad((born %% 100)::text, 2, '0') || lpad(floor(pg_temp.r(m, 40) * 1000000)::int::text, 6, '0') end,
                  case when s = 1 then case when pg_temp.r(m, 41) < 0.1 then 'ORGANISER' else 'PRINCIPAL' end
                       when pg_temp.r(m, 41) < 0.8 then 'ACCOMPLICE' else 'OTHER' end,
                  case when extract(year from detected_on) - born < 18 then 'UNDER_18'
                       when extract(year from detected_on) - born <= 30 then 'FROM_18_TO_30' else 'OVER_30' end,
                  pg_temp.r(m, 42) < 0.3, pg_temp.r(m, 43) < 0.4, 'bench'
                from y order by id, s"""
                                .formatted(SURNAMES, MIDDLES, FEMALE_GIVEN, GIVEN)),
                "case_suspect");
        step(
                "seizures",
                () -> jdbc.update(
                        """
                with k as (
                  select k.id, s, k.id * 4 + s as m, pg_temp.r(k.id * 4 + s, 51) as v, pg_temp.r(k.id * 4 + s, 52) as q
                  from drug_case k cross join lateral generate_series(1, 2 + (pg_temp.r(k.id, 50) < 0.34)::int) s
                  where k.created_by = 'bench'
                    and not exists (select 1 from case_seizure z where z.case_id = k.id)),
                y as (
                  select k.*, case when v < 0.30 then 'METH' when v < 0.50 then 'HEROIN' when v < 0.65 then 'ATS_PILLS'
                    when v < 0.73 then 'CANNABIS' when v < 0.79 then 'MDMA' when v < 0.84 then 'KETAMINE'
                    when v < 0.89 then 'SYNTHETIC_MIX' when v < 0.92 then 'OPIUM' when v < 0.93 then 'COCAINE'
                    when v < 0.94 then 'PRECURSOR' when v < 0.95 then 'PLANTS' end as substance
                  from k),
                z as (
                  select y.*, d.unit as base,
                    case when y.substance is null then null when d.unit = 'G' then round((0.1 * exp(q * 9.5))::numeric, 3)
                      when d.unit = 'PILLS' then ceil(exp(q * 8))::numeric when d.unit = 'ML' then round(100 * exp(q * 6))::numeric
                      else ceil(exp(q * 7))::numeric end as amount
                  from y left join drug_substance d on d.code = y.substance)
                insert into case_seizure (case_id, substance_code, quantity, unit, other_items, created_by)
                select id, substance,
                  case when base = 'G' and amount >= 1000 and pg_temp.r(m, 53) < 0.5 then round(amount / 1000, 3)
                    else amount end,
                  case when base = 'G' and amount >= 1000 and pg_temp.r(m, 53) < 0.5 then 'KG' else base end,
                  case when substance is null then 'Điện thoại di động, cân tiểu ly, xe mô tô, tiền mặt'
                    when pg_temp.r(m, 54) < 0.2 then 'Điện thoại di động, dụng cụ sử dụng ma túy' end,
                  'bench'
                from z order by id, s"""),
                "case_seizure");
    }

    /** Administrative sanction decisions on drugs, 2020–2026. */
    private void violations(int target) {
        long existing = count("select count(*) from drug_violation where created_by = 'bench'");
        if (existing >= target) {
            return;
        }
        step(
                "violations",
                () -> jdbc.update(
                        """
                with g as (
                  select n, date '2020-01-01' + floor(2495 * power(pg_temp.r(n, 62), 0.9))::int as day,
                    pg_temp.r(n, 63) as b, pg_temp.r(n, 64) < 0.3 as link,
                    (select pp.id from person pp where pp.id = (select 1 + floor(pg_temp.r(n, 65) * max(id))::bigint
                       from person) and pp.deleted_at is null) as linked, pg_temp.r(n, 66) < 0.1 as female,
                    1965 + floor(pg_temp.r(n, 67) * 43)::int as born
                  from generate_series(%d, %d) n)
                insert into drug_violation (commune_id, decided_on, person_id, full_name, female, birth_year,
                  decision_number, behaviour, fine, measure, created_by)
                select %s, g.day, case when link then linked end,
                  case when not link or linked is null then (%s)[1 + floor(pg_temp.r(n, 68) * 20)::int] || ' '
                    || case when female then 'Thị' else (%s)[1 + floor(pg_temp.r(n, 69) * 10)::int] end || ' '
                    || case when female then (%s)[1 + floor(pg_temp.r(n, 70) * 14)::int]
                       else (%s)[1 + floor(pg_temp.r(n, 70) * 24)::int] end end,
                  case when not link or linked is null then female end,
                  case when not link or linked is null then born end,
                  (1 + floor(pg_temp.r(n, 71) * 900))::int || '/QĐ-XPHC',
                  case when b < 0.55 then 'Sử dụng trái phép chất ma túy'
                    when b < 0.75 then 'Tàng trữ, vận chuyển trái phép chất ma túy chưa đến mức truy cứu trách nhiệm hình sự'
                    when b < 0.90 then 'Tàng trữ, sử dụng dụng cụ để sử dụng trái phép chất ma túy'
                    else 'Cho người khác sử dụng địa điểm để sử dụng trái phép chất ma túy' end,
                  case when b < 0.95 then (750000 + 250000 * floor(pg_temp.r(n, 72) * 6))::numeric end,
                  case when b >= 0.75 then 'Tịch thu tang vật, phương tiện vi phạm' end, 'bench'
                from g join %s order by n"""
                                .formatted(
                                        existing + 1,
                                        target,
                                        communeOn("g.day"),
                                        SURNAMES,
                                        MIDDLES,
                                        FEMALE_GIVEN,
                                        GIVEN,
                                        place("g.n", 61))),
                "drug_violation");
    }

    /** Cultivation plots found 2020–2026, most destroyed within a week; some re-planted a year or so later. */
    private void plots(int target) {
        long existing =
                count("select count(*) from cultivation_plot where created_by = 'bench' and replanted_from_id is null");
        if (existing < target) {
            step(
                    "cultivation plots",
                    () -> jdbc.update(
                            """
                    with g as (
                      select n, date '2020-01-01' + floor(2495 * pg_temp.r(n, 82))::int as day,
                        pg_temp.r(n, 83) as sp, round((5 + exp(pg_temp.r(n, 84) * 8.5))::numeric, 2) as area,
                        pg_temp.r(n, 86) < 0.95 as destroyed
                      from generate_series(%d, %d) n)
                    insert into cultivation_plot (commune_id, species, area_m2, plants, found_on, found_by,
                      destroyed_on, destroyed_by, address, created_by)
                    select %s, case when sp < 0.5 then 'CANNABIS' when sp < 0.95 then 'OPIUM_POPPY' else 'OTHER' end,
                      area, (area * (2 + floor(pg_temp.r(n, 85) * 8)))::int, day,
                      case when pg_temp.r(n, 87) < 0.7 then 'Công an xã' else 'Đồn Biên phòng' end,
                      case when destroyed then least(day + floor(pg_temp.r(n, 88) * 7)::int, %s) end,
                      case when destroyed then 'Tổ công tác liên ngành xã' end,
                      'Nương thôn ' || (1 + floor(pg_temp.r(n, 89) * 15))::int, 'bench'
                    from g join %s order by n"""
                                    .formatted(existing + 1, target, communeOn("g.day"), TODAY, place("g.n", 81))),
                    "cultivation_plot");
        }
        step(
                "re-planted plots",
                () -> jdbc.update(
                        """
                insert into cultivation_plot (commune_id, species, area_m2, plants, found_on, found_by, destroyed_on,
                  destroyed_by, replanted_from_id, address, created_by)
                select case when o.found_on + 300 < date '2025-07-01' then o.commune_id else up.now_id end,
                  o.species, round(o.area_m2 * 0.6, 2), (o.plants * 0.6)::int, o.found_on + 300 + (o.id %% 90)::int,
                  o.found_by, o.found_on + 303 + (o.id %% 90)::int, o.destroyed_by, o.id, o.address, 'bench'
                from cultivation_plot o join bench_unit_province up on up.unit_id = o.commune_id
                where o.created_by = 'bench' and o.replanted_from_id is null and o.destroyed_on is not null
                  and pg_temp.r(o.id, 90) < 0.06 and o.found_on + 400 < %s
                  and not exists (select 1 from cultivation_plot r where r.replanted_from_id = o.id)"""
                                .formatted(TODAY)),
                "cultivation_plot");
    }

    /**
     * Businesses under security conditions, licensed 2015–2026 in their commune of then; a few suspended or revoked;
     * 0–3 inspections each since 2022, about one in twelve finding violations.
     */
    private void businesses(int target) {
        long existing = count("select count(*) from business where created_by = 'bench'");
        if (existing < target) {
            step(
                    "businesses",
                    () -> {
                        jdbc.update(
                                """
                        with g as (
                          select n, date '2015-01-01' + floor(4320 * pg_temp.r(n, 102))::int as day,
                            pg_temp.r(n, 103) as k, pg_temp.r(n, 104) as st
                          from generate_series(%d, %d) n)
                        insert into business (commune_id, kind, name, address, owner_name, licence_number,
                          licence_date, licence_status, licence_status_on, licence_decision, created_by)
                        select %s,
                          case when k < 0.45 then 'HOTEL_GUEST_HOUSE' when k < 0.70 then 'KARAOKE'
                            when k < 0.80 then 'MASSAGE' when k < 0.92 then 'PAWN_SHOP' when k < 0.97 then 'BAR_DANCE_HALL'
                            else 'CONTROLLED_SUBSTANCES' end,
                          case when k < 0.45 then 'Nhà nghỉ ' when k < 0.70 then 'Karaoke ' when k < 0.80 then 'Massage '
                            when k < 0.92 then 'Cầm đồ ' when k < 0.97 then 'Bar ' else 'Nhà thuốc ' end
                            || (%s)[1 + floor(pg_temp.r(n, 105) * 14)::int] || ' ' || n,
                          'Số ' || (1 + floor(pg_temp.r(n, 106) * 300))::int || ', ' || p.full_name,
                          (%s)[1 + floor(pg_temp.r(n, 107) * 20)::int] || ' Văn '
                            || (%s)[1 + floor(pg_temp.r(n, 108) * 24)::int],
                          n || '/GCN-ANTT', day,
                          case when st < 0.015 then 'REVOKED' when st < 0.03 then 'SUSPENDED' else 'ACTIVE' end,
                          case when st < 0.03 then greatest(day, date '2022-01-01') + floor(pg_temp.r(n, 109) * 1000)::int
                            %% greatest(1, %s - greatest(day, date '2022-01-01')) end,
                          case when st < 0.03 then n || '/QĐ-CAT' end, 'bench'
                        from g join %s order by n"""
                                        .formatted(
                                                existing + 1,
                                                target,
                                                communeOn("g.day"),
                                                FEMALE_GIVEN,
                                                SURNAMES,
                                                GIVEN,
                                                TODAY,
                                                place("g.n", 101)));
                        jdbc.update(
                                "insert into business_licence_step (business_id, action, taken_on, decision, created_by)"
                                        + " select b.id, case b.licence_status when 'REVOKED' then 'REVOKE' else 'SUSPEND' end,"
                                        + " b.licence_status_on, b.licence_decision, 'bench' from business b"
                                        + " where b.created_by = 'bench' and b.licence_status <> 'ACTIVE'"
                                        + " and not exists (select 1 from business_licence_step s where s.business_id = b.id)");
                    },
                    "business",
                    "business_licence_step");
        }
        step(
                "inspections",
                () -> {
                    jdbc.update(
                            """
                    insert into business_inspection (business_id, inspected_on, team, agencies, result, sanction,
                      fine_vnd, created_by)
                    select b.id, d.day, 'Đoàn kiểm tra liên ngành', 'Công an xã, UBND xã, Phòng Văn hóa - Xã hội',
                      case when pg_temp.r(b.id * 4 + s, 112) < 0.085 then 'Phát hiện vi phạm, lập biên bản'
                        else 'Không phát hiện vi phạm' end,
                      case when pg_temp.r(b.id * 4 + s, 112) < 0.085 then 'Phạt tiền' end,
                      case when pg_temp.r(b.id * 4 + s, 112) < 0.085
                        then (2000000 + 1000000 * floor(pg_temp.r(b.id * 4 + s, 113) * 10))::bigint end,
                      'bench'
                    from business b cross join lateral generate_series(1, floor(pg_temp.r(b.id, 111) * 4)::int) s
                    cross join lateral (select greatest(b.licence_date, date '2022-01-01')
                      + floor(pg_temp.r(b.id * 4 + s, 114) * (%s - greatest(b.licence_date, date '2022-01-01')))::int
                      as day) d
                    where b.created_by = 'bench' and b.licence_date < %s
                      and not exists (select 1 from business_inspection i where i.business_id = b.id)
                    order by b.id, s"""
                                    .formatted(TODAY, TODAY));
                    jdbc.update(
                            """
                    insert into business_inspection_violation (inspection_id, violation)
                    select i.id, (array['DRUG_USE_ON_PREMISES', 'DRUGS_OR_PARAPHERNALIA_FOUND', 'NO_GUEST_REGISTER',
                      'RESIDENCE_NOT_DECLARED', 'NO_VALID_LICENCE', 'CONDITIONS_NOT_MET', 'OUTSIDE_HOURS', 'OTHER'])
                      [1 + floor(pg_temp.r(i.id, 115) * 8)::int]
                    from business_inspection i where i.created_by = 'bench' and i.fine_vnd is not null
                      and not exists (select 1 from business_inspection_violation v where v.inspection_id = i.id)""");
                },
                "business_inspection",
                "business_inspection_violation");
    }

    /**
     * The facilities, once: a health station in every commune (before the reform until 30/6/2025, then one per
     * commune of today), most qualified to determine addiction; reception and counselling points in most communes;
     * 2–4 public rehab facilities and 0–1 private one per province with capacities, qualified and assessed against
     * the five legal conditions; 6–13 substitution clinics per province, most with a dispensing point. Facilities
     * opened before the reform lie in the commune of then.
     */
    private void facilities() {
        if (count("select count(*) from facility where created_by = 'bench'") > 0) {
            return;
        }
        step(
                "facilities",
                () -> {
                    // health stations and reception points of the communes before the reform
                    jdbc.update(
                            """
                    insert into facility (commune_id, kind, name, public_owned, valid_from, valid_to, created_by)
                    select o.id, 'HEALTH_STATION', 'Trạm Y tế ' || o.full_name, true,
                      greatest(coalesce(o.valid_from, date '2018-01-01'), date '2018-01-01'), o.valid_to, 'bench'
                    from admin_unit o where o.level = 'COMMUNE' and o.valid_to = date '2025-06-30'
                      and exists (select 1 from bench_unit_province up where up.unit_id = o.id)
                    union all
                    select o.id, 'RECEPTION_POINT', 'Điểm tiếp nhận, tư vấn ' || o.full_name, true,
                      date '2021-01-01' + floor(pg_temp.r(o.id, 121) * 900)::int, o.valid_to, 'bench'
                    from admin_unit o where o.level = 'COMMUNE' and o.valid_to = date '2025-06-30'
                      and exists (select 1 from bench_unit_province up where up.unit_id = o.id)
                      and pg_temp.r(o.id, 122) < 0.67
                    union all
                    select p.commune_id, 'HEALTH_STATION', 'Trạm Y tế ' || p.full_name, true,
                      greatest(coalesce(c.valid_from, date '2018-01-01'), date '2018-01-01'), null, 'bench'
                    from bench_place p join admin_unit c on c.id = p.commune_id
                    union all
                    select p.commune_id, 'RECEPTION_POINT', 'Điểm tiếp nhận, tư vấn ' || p.full_name, true,
                      greatest(coalesce(c.valid_from, date '2021-01-01'), date '2021-01-01'), null, 'bench'
                    from bench_place p join admin_unit c on c.id = p.commune_id where pg_temp.r(p.commune_id, 123) < 0.9""");
                    // rehab facilities (k-th of the province), in a commune of the province drawn for them
                    jdbc.update(
                            """
                    with g as (
                      select pr.code, pr.name, pr.full_name as pfull, k, pr.n * 8 + k as m,
                        k <= 2 + floor(pg_temp.r(pr.n, 131) * 3)::int as pub
                      from bench_province pr cross join generate_series(1, 5) k
                      where k <= 2 + floor(pg_temp.r(pr.n, 131) * 3)::int + floor(pg_temp.r(pr.n, 132) * 2)::int),
                    c as (
                      select g.*, (select p.commune_id from bench_place p where p.province_code = g.code
                          order by pg_temp.r(p.pn * 8 + g.k, 133) limit 1) as commune_id,
                        date '2015-01-01' + floor(pg_temp.r(g.m, 134) * 1800)::int as opened from g)
                    insert into facility (commune_id, kind, name, public_owned, licence_number, licence_date,
                      valid_from, voluntary_adults, compulsory_adults, compulsory_minors, created_by)
                    select case when c.opened < date '2025-07-01' and p.old_id is not null then p.old_id else p.commune_id end,
                      case when pub then 'PUBLIC_REHAB' else 'PRIVATE_REHAB' end,
                      case when pub then 'Cơ sở cai nghiện ma túy số ' || k || ' ' || lower(left(c.pfull, 1)) || substr(c.pfull, 2)
                        else 'Cơ sở cai nghiện tự nguyện ' || (%s)[1 + floor(pg_temp.r(m, 135) * 14)::int] || ' ' || k end,
                      pub, case when not pub then m || '/GP-SLĐTBXH' end, case when not pub then opened end, opened,
                      (50 + 50 * floor(pg_temp.r(m, 136) * 6))::int,
                      case when pub then (100 + 100 * floor(pg_temp.r(m, 137) * 6))::int end,
                      case when pub and k = 1 then 50 end, 'bench'
                    from c join bench_place p on p.commune_id = c.commune_id"""
                                    .formatted(FEMALE_GIVEN));
                    // substitution clinics and their dispensing points
                    jdbc.update(
                            """
                    with g as (
                      select pr.code, pr.name, k, pr.n * 16 + k as m
                      from bench_province pr cross join generate_series(1, 13) k
                      where k <= 6 + floor(pg_temp.r(pr.n, 141) * 8)::int),
                    c as (
                      select g.*, (select p.commune_id from bench_place p where p.province_code = g.code
                          order by pg_temp.r(p.pn * 16 + g.k, 142) limit 1) as commune_id,
                        date '2012-01-01' + floor(pg_temp.r(g.m, 143) * 3000)::int as opened from g)
                    insert into facility (commune_id, kind, name, public_owned, licence_number, licence_date, valid_from,
                      created_by)
                    select case when c.opened < date '2025-07-01' and p.old_id is not null then p.old_id else p.commune_id end,
                      'SUBSTITUTION_CLINIC', 'Cơ sở điều trị Methadone ' || p.name, true, m || '/SYT-ĐTTT', opened, opened,
                      'bench'
                    from c join bench_place p on p.commune_id = c.commune_id""");
                    jdbc.update(
                            "insert into facility (commune_id, kind, name, public_owned, valid_from, clinic_id, created_by)"
                                    + " select f.commune_id, 'DISPENSING_POINT', 'Điểm cấp phát thuốc ' || f.name, true,"
                                    + " f.valid_from + 180, f.id, 'bench' from facility f where f.created_by = 'bench'"
                                    + " and f.kind = 'SUBSTITUTION_CLINIC' and pg_temp.r(f.id, 144) < 0.7");
                    // qualifications: stations (most), points (most), public rehab facilities
                    jdbc.update(
                            """
                    insert into facility_qualification (facility_id, kind, since, until, decision, created_by)
                    select f.id, case when f.kind = 'RECEPTION_POINT' then 'RECEPTION_COUNSELLING'
                      else 'DETERMINE_ADDICTION' end,
                      least(f.valid_from + floor(power(pg_temp.r(f.id, 151), 3) * 600)::int, coalesce(f.valid_to, %s)),
                      f.valid_to, f.id || '/QĐ-SYT', 'bench'
                    from facility f where f.created_by = 'bench'
                      and ((f.kind = 'HEALTH_STATION' and pg_temp.r(f.id, 152) < 0.82)
                        or (f.kind = 'RECEPTION_POINT' and pg_temp.r(f.id, 152) < 0.75)
                        or (f.kind = 'PUBLIC_REHAB' and pg_temp.r(f.id, 152) < 0.9))"""
                                    .formatted(TODAY));
                    // the legal conditions of public rehab facilities: assessed in November 2023, one in six failing
                    // one
                    // criterion, half of those met again in October 2025
                    jdbc.update(
                            """
                    insert into facility_assessment (facility_id, criterion, assessed_on, met, evidence, created_by)
                    select f.id, k.code, date '2023-11-01' + (f.id % 28)::int,
                      not (pg_temp.r(f.id, 161) < 0.17 and k.position = 1 + floor(pg_temp.r(f.id, 162) * 5)::int),
                      'Biên bản kiểm tra', 'bench'
                    from facility f cross join facility_criterion k
                    where f.created_by = 'bench' and f.kind = 'PUBLIC_REHAB'
                    union all
                    select f.id, k.code, date '2025-10-15', true, 'Đã khắc phục', 'bench'
                    from facility f join facility_criterion k
                      on k.position = 1 + floor(pg_temp.r(f.id, 162) * 5)::int
                    where f.created_by = 'bench' and f.kind = 'PUBLIC_REHAB' and pg_temp.r(f.id, 161) < 0.085""");
                },
                "facility",
                "facility_qualification",
                "facility_assessment");
    }

    /**
     * Rehab episodes (compulsory, and voluntary at a facility) placed at a public rehab facility of the person's
     * province; determinations of addiction made at the commune's health station, with their substances (heroin for
     * the people in substitution treatment, else mostly heroin, opium or methamphetamine).
     */
    private void placements() {
        step(
                "placements",
                () -> {
                    jdbc.execute("drop table if exists bench_rehab");
                    jdbc.execute("create temp table bench_rehab as select up.province_code,"
                            + " row_number() over (partition by up.province_code order by f.id)::int as k, f.id"
                            + " from facility f join bench_unit_province up on up.unit_id = f.commune_id"
                            + " where f.created_by = 'bench' and f.kind = 'PUBLIC_REHAB' and f.deleted_at is null");
                    jdbc.execute("create unique index on bench_rehab (province_code, k)");
                    jdbc.update(
                            """
                    update episode e set facility_id = r.id
                    from bench_unit_province up, bench_rehab r
                    where e.kind = 'REHAB' and e.form in ('COMPULSORY_ADULT', 'COMPULSORY_MINOR', 'VOLUNTARY_FACILITY')
                      and e.facility_id is null and e.deleted_at is null and up.unit_id = e.unit_id
                      and r.province_code = up.province_code
                      and r.k = 1 + (e.id % nullif((select count(*) from bench_rehab x where x.province_code = up.province_code), 0))""");
                    jdbc.update(
                            """
                    update episode e set facility_id = f.id
                    from facility f
                    where e.kind = 'ADDICTION_DETERMINATION' and e.facility_id is null and e.deleted_at is null
                      and f.created_by = 'bench' and f.kind = 'HEALTH_STATION' and f.commune_id = e.unit_id
                      and f.valid_from <= e.start_date and (f.valid_to is null or f.valid_to >= e.start_date)""");
                    jdbc.update(
                            """
                    update episode e set substances = case when exists (select 1 from episode s
                        where s.person_id = e.person_id and s.kind = 'SUBSTITUTION_TREATMENT' and s.deleted_at is null)
                      then 'HEROIN' else (array['HEROIN', 'HEROIN', 'OPIUM', 'METHAMPHETAMINE', 'METHAMPHETAMINE',
                        'METHAMPHETAMINE', 'HEROIN,METHAMPHETAMINE', 'CANNABIS,METHAMPHETAMINE',
                        'KETAMINE,METHAMPHETAMINE', 'ATS'])[1 + (e.id % 10)::int] end
                    where e.kind = 'ADDICTION_DETERMINATION' and e.result = 'ADDICTED' and e.substances is null
                      and e.deleted_at is null""");
                },
                "episode");
    }

    /**
     * A substitution episode at a clinic of the person's province for every course of substitution treatment of the
     * register that has none (kept in step with it: {@code legal_episode_id}); about 28 % stopped (quit, completed,
     * expelled, died) 3–20 months after the start, the course ended alike, the people's periods computed again.
     */
    private void substitution() {
        step(
                "substitution episodes",
                () -> {
                    jdbc.execute("drop table if exists bench_clinic");
                    jdbc.execute(
                            "create temp table bench_clinic as select up.province_code,"
                                    + " row_number() over (partition by up.province_code order by f.id)::int as k, f.id,"
                                    + " (select d.id from facility d where d.clinic_id = f.id and d.deleted_at is null limit 1) as point"
                                    + " from facility f join bench_unit_province up on up.unit_id = f.commune_id"
                                    + " where f.created_by = 'bench' and f.kind = 'SUBSTITUTION_CLINIC' and f.deleted_at is null");
                    jdbc.execute("create unique index on bench_clinic (province_code, k)");
                    jdbc.execute("drop table if exists bench_stopped");
                    jdbc.execute(
                            """
                    create temp table bench_stopped as
                    select e.id, e.person_id, e.start_date, c.id as clinic, c.point,
                      case when v < 0.10 then 'QUIT' when v < 0.20 then 'COMPLETED' when v < 0.26 then 'EXPELLED'
                        when v < 0.28 then 'DIED' end as reason,
                      e.start_date + 90 + floor(pg_temp.r(e.id, 172) * 520)::int as stop_day
                    from (select e.*, pg_temp.r(e.id, 171) as v from episode e
                          where e.kind = 'SUBSTITUTION_TREATMENT' and e.deleted_at is null) e
                    join bench_unit_province up on up.unit_id = e.unit_id
                    join bench_clinic c on c.province_code = up.province_code
                      and c.k = 1 + (e.id % nullif((select count(*) from bench_clinic x where x.province_code = up.province_code), 0))
                    where e.kind = 'SUBSTITUTION_TREATMENT' and e.deleted_at is null
                      and not exists (select 1 from substitution_episode t where t.legal_episode_id = e.id)""");
                    jdbc.update(
                            "update bench_stopped set reason = null, stop_day = null where reason is null or stop_day >= "
                                    + TODAY);
                    jdbc.update(
                            """
                    insert into substitution_episode (person_id, clinic_id, dispensing_point_id, start_date, medicine,
                      dose_regime, stop_date, stop_reason, legal_episode_id, created_by)
                    select person_id, clinic, case when pg_temp.r(id, 173) < 0.3 then point end, start_date,
                      case when pg_temp.r(id, 174) < 0.95 then 'METHADONE' else 'BUPRENORPHINE' end,
                      (40 + 10 * floor(pg_temp.r(id, 175) * 8))::int || ' mg/ngày', stop_day, reason, id, 'bench'
                    from bench_stopped order by id""");
                    jdbc.update(
                            """
                    update episode e set end_date = s.stop_day,
                      end_reason = case s.reason when 'QUIT' then 'QUIT_ON_OWN' when 'EXPELLED' then 'STOPPED'
                        else s.reason end
                    from bench_stopped s where s.id = e.id and s.reason is not null""");
                    Long[] people = jdbc.queryForList(
                                    "select distinct person_id from bench_stopped where reason is not null", Long.class)
                            .toArray(Long[]::new);
                    jdbc.queryForList("select refresh_person_status(?)", (Object) people);
                },
                "substitution_episode",
                "episode");
    }

    /**
     * Schools (8–19 per commune of today, by level), industrial zones (about one commune in three), the media of each
     * province (three major ones, most with a drug column), then outreach activities 2023–2026 over the communes, a
     * tenth of them reaching a neighbouring commune too, those for students reaching 1–3 schools of the commune,
     * those for workers the commune's zone.
     */
    private void outreach(int target) {
        if (count("select count(*) from school where created_by = 'bench'") == 0) {
            step(
                    "schools, zones, media",
                    () -> {
                        jdbc.update(
                                """
                        insert into school (commune_id, name, level, created_by)
                        select p.commune_id, case l when 'PRESCHOOL' then 'Trường Mầm non ' when 'PRIMARY' then 'Trường Tiểu học '
                            when 'LOWER_SECONDARY' then 'Trường THCS ' when 'UPPER_SECONDARY' then 'Trường THPT '
                            when 'VOCATIONAL' then 'Trường Cao đẳng nghề ' else 'Trường Đại học ' end || p.name
                            || case when k > 1 then ' số ' || k else '' end, l, 'bench'
                        from (select p.*, s as k, pg_temp.r(p.pn * 32 + s, 182) as v from bench_place p
                              cross join lateral generate_series(1, 8 + floor(pg_temp.r(p.pn, 181) * 12)::int) s) p
                        cross join lateral (select case when v < 0.35 then 'PRESCHOOL' when v < 0.68 then 'PRIMARY'
                          when v < 0.91 then 'LOWER_SECONDARY' when v < 0.97 then 'UPPER_SECONDARY'
                          when v < 0.99 then 'VOCATIONAL' else 'UNIVERSITY' end as l) lv
                        order by p.pn, p.k""");
                        long base = count("select coalesce(max(id), 0) from industrial_zone");
                        jdbc.update(
                                """
                        insert into industrial_zone (id, name, workers, workers_counted_on, created_by)
                        select %d + row_number() over (order by p.pn),
                          case when pg_temp.r(p.pn, 192) < 0.4 then 'Khu công nghiệp ' else 'Cụm công nghiệp ' end || p.name,
                          (300 + floor(exp(pg_temp.r(p.pn, 193) * 9.5)))::int, date '2025-01-01', 'bench'
                        from bench_place p where pg_temp.r(p.pn, 191) < 0.33 order by p.pn"""
                                        .formatted(base));
                        jdbc.update(
                                """
                        insert into industrial_zone_commune (zone_id, commune_id)
                        select %d + row_number() over (order by p.pn), p.commune_id
                        from bench_place p where pg_temp.r(p.pn, 191) < 0.33 order by p.pn"""
                                        .formatted(base));
                        jdbc.execute("select setval(pg_get_serial_sequence('industrial_zone', 'id'),"
                                + " (select max(id) from industrial_zone))");
                        jdbc.update(
                                """
                        insert into outreach_medium (province_id, name, kind, major, column_since, created_by)
                        select pr.id, m.prefix || pr.name, m.kind, m.major,
                          case when pg_temp.r(pr.n * 8 + m.k, 201) < case when m.major then 0.85 else 0.4 end
                            then date '2018-01-01' + floor(pg_temp.r(pr.n * 8 + m.k, 202) * 2500)::int end, 'bench'
                        from bench_province pr cross join (values
                          (1, 'Báo ', 'NEWSPAPER', true), (2, 'Đài Phát thanh và Truyền hình ', 'TV', true),
                          (3, 'Cổng thông tin điện tử ', 'PORTAL', true), (4, 'Đài Truyền thanh ', 'RADIO', false),
                          (5, 'Tạp chí ', 'NEWSPAPER', false), (6, 'Trang tin Công an ', 'SOCIAL_PAGE', false))
                          as m(k, prefix, kind, major)""");
                    },
                    "school",
                    "industrial_zone",
                    "industrial_zone_commune",
                    "outreach_medium");
        }
        long existing = count("select count(*) from outreach_activity where created_by = 'bench'");
        if (existing >= target) {
            return;
        }
        step(
                "outreach activities",
                () -> {
                    jdbc.execute("drop table if exists bench_school");
                    jdbc.execute("create temp table bench_school as select commune_id,"
                            + " row_number() over (partition by commune_id order by id)::int as k, id,"
                            + " count(*) over (partition by commune_id)::int as total from school"
                            + " where created_by = 'bench' and deleted_at is null");
                    jdbc.execute("create unique index on bench_school (commune_id, k)");
                    long base = count("select coalesce(max(id), 0) from outreach_activity");
                    jdbc.execute("drop table if exists bench_activity");
                    jdbc.execute(
                            """
                    create temp table bench_activity as
                    select %d + n - %d as id, n, p.pn as place, p.commune_id as now_id, p.province_code,
                      date '2023-01-01' + floor(pg_temp.r(n, 212) * 1399)::int as day,
                      pg_temp.r(n, 213) as f, pg_temp.r(n, 214) as a
                    from generate_series(%d, %d) n join %s"""
                                    .formatted(base, existing, existing + 1, target, place("n", 211)));
                    jdbc.update(
                            """
                    insert into outreach_activity (id, held_on, form, audience, title, medium_id, participants,
                      agency_id, created_by)
                    select x.id, x.day,
                      case when f < 0.35 then 'TALK' when f < 0.47 then 'CONFERENCE' when f < 0.62 then 'LOUDSPEAKER'
                        when f < 0.72 then 'ARTICLE' when f < 0.78 then 'BROADCAST' when f < 0.88 then 'SOCIAL_MEDIA'
                        when f < 0.92 then 'CONTEST' else 'LEAFLET' end,
                      case when a < 0.30 then 'STUDENTS' when a < 0.42 then 'WORKERS'
                        when a < 0.50 then 'ETHNIC_MINORITY_VILLAGES' when a < 0.65 then 'FAMILIES_OF_USERS'
                        else 'GENERAL' end,
                      'Tuyên truyền phòng, chống ma túy ' || (array['cho học sinh', 'cho người lao động',
                        'tại thôn, bản', 'cho gia đình người sử dụng ma túy', 'cho nhân dân'])
                        [case when a < 0.30 then 1 when a < 0.42 then 2 when a < 0.50 then 3 when a < 0.65 then 4
                         else 5 end],
                      case when f >= 0.62 and f < 0.78 then (select m.id from outreach_medium m
                        join bench_province pr on pr.id = m.province_id
                        where pr.code = x.province_code and m.created_by = 'bench'
                        order by pg_temp.r(x.n * 8 + m.id, 215) limit 1) end,
                      case when f < 0.62 or f >= 0.88 then (20 + floor(pg_temp.r(x.n, 216) * 480))::int end,
                      (select g.id from bench_agency g where g.province_code = x.province_code
                        and g.code = case when a < 0.30 then 'SGDDT' when a < 0.5 then 'DTN' else 'CA' end),
                      'bench'
                    from bench_activity x order by x.id""");
                    jdbc.execute("select setval(pg_get_serial_sequence('outreach_activity', 'id'),"
                            + " (select max(id) from outreach_activity))");
                    jdbc.update(
                            """
                    insert into outreach_activity_commune (activity_id, commune_id)
                    select x.id, %s from bench_activity x join bench_place p on p.pn = x.place
                    union
                    select x.id, %s from bench_activity x join bench_place p on p.pn = x.place + 1
                      and p.province_code = x.province_code
                    where pg_temp.r(x.n, 217) < 0.1"""
                                    .formatted(communeOn("x.day"), communeOn("x.day")));
                    jdbc.update(
                            """
                    insert into outreach_activity_school (activity_id, school_id)
                    select distinct x.id, s.id from bench_activity x
                    cross join lateral generate_series(0, floor(pg_temp.r(x.n, 218) * 3)::int) j
                    join bench_school s on s.commune_id = x.now_id
                      and s.k = 1 + ((floor(pg_temp.r(x.n, 219) * s.total)::int + j) % s.total)
                    where x.a < 0.30""");
                    jdbc.update(
                            """
                    insert into outreach_activity_zone (activity_id, zone_id)
                    select x.id, zc.zone_id from bench_activity x
                    join industrial_zone_commune zc on zc.commune_id = x.now_id
                    join industrial_zone z on z.id = zc.zone_id and z.created_by = 'bench'
                    where x.a >= 0.30 and x.a < 0.42""");
                },
                "outreach_activity",
                "outreach_activity_commune",
                "outreach_activity_school",
                "outreach_activity_zone");
    }

    /** Legal-aid requests 2022–2026, most eligible, most of those served by the province's justice department. */
    private void legalAid(int target) {
        long existing = count("select count(*) from legal_aid_request where created_by = 'bench'");
        if (existing >= target) {
            return;
        }
        step(
                "legal aid",
                () -> jdbc.update(
                        """
                with g as (
                  select n, date '2022-01-01' + floor(1765 * pg_temp.r(n, 222))::int as day,
                    pg_temp.r(n, 223) < 0.85 as eligible, pg_temp.r(n, 224) < 0.9 as served,
                    (select pp.id from person pp where pp.id = (select 1 + floor(pg_temp.r(n, 225) * max(id))::bigint
                       from person) and pp.deleted_at is null) as linked
                  from generate_series(%d, %d) n)
                insert into legal_aid_request (commune_id, person_id, requested_on, subject, eligible,
                  eligibility_reason, served_on, provider_agency_id, provider_name, created_by)
                select %s, case when pg_temp.r(n, 226) < 0.4 then linked end, g.day,
                  (array['Tư vấn pháp luật về cai nghiện ma túy', 'Tham gia tố tụng bào chữa',
                    'Tư vấn về quản lý sau cai nghiện', 'Đại diện ngoài tố tụng'])[1 + floor(pg_temp.r(n, 227) * 4)::int],
                  eligible, case when eligible then 'Người nghiện ma túy thuộc hộ nghèo' else 'Không thuộc diện' end,
                  case when eligible and served and g.day + 30 < %s then g.day + 1 + floor(pg_temp.r(n, 228) * 30)::int end,
                  case when eligible and served and g.day + 30 < %s then a.id end,
                  case when eligible and served and g.day + 30 < %s then 'Trung tâm Trợ giúp pháp lý nhà nước' end,
                  'bench'
                from g join %s left join bench_agency a on a.province_code = p.province_code and a.code = 'STP'
                order by n"""
                                .formatted(
                                        existing + 1,
                                        target,
                                        communeOn("g.day"),
                                        TODAY,
                                        TODAY,
                                        TODAY,
                                        place("g.n", 221))),
                "legal_aid_request");
    }

    private void report() {
        String[][] tables = {
            {"cases", "drug_case"},
            {"case articles", "drug_case_article"},
            {"suspects", "case_suspect"},
            {"seizures", "case_seizure"},
            {"violations", "drug_violation"},
            {"cultivation plots", "cultivation_plot"},
            {"businesses", "business"},
            {"inspections", "business_inspection"},
            {"facilities", "facility"},
            {"facility qualifications", "facility_qualification"},
            {"substitution episodes", "substitution_episode"},
            {"schools", "school"},
            {"industrial zones", "industrial_zone"},
            {"media", "outreach_medium"},
            {"outreach activities", "outreach_activity"},
            {"legal-aid requests", "legal_aid_request"}
        };
        StringBuilder line = new StringBuilder("bench registers:");
        for (String[] t : tables) {
            line.append(String.format(" %s %d;", t[0], count("select count(*) from " + t[1])));
        }
        System.out.println(line);
        System.out.printf(
                "bench registers: facilities by kind %s; rehab episodes placed %d; determinations at a station %d%n",
                jdbc.queryForList(
                        "select kind || ' ' || count(*) from facility group by kind order by kind", String.class),
                count("select count(*) from episode where kind = 'REHAB' and facility_id is not null"),
                count(
                        "select count(*) from episode where kind = 'ADDICTION_DETERMINATION' and facility_id is not null"));
    }
}
