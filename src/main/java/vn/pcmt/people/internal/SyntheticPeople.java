package vn.pcmt.people.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.text.VietnameseText;

/**
 * Generates synthetic people (Vietnamese names, well-formed identification numbers) with residences, episodes and
 * events over 2023–2026, for the demo province and for benchmarks. Deterministic for a seed. A person living in a
 * commune since before 1/7/2025 has a residence in the old commune until 30/6/2025, then in the new one.
 * Writes with JDBC batches: it is test data, the rules were applied when it was designed. The triggers that keep the
 * periods (ADR 014, 015) and the register version are off while it writes ({@code session_replication_role}, which
 * the embedded database's superuser may set); at the end it calls, once for all its people, what the triggers call
 * per statement ({@code refresh_person_status}, {@code refresh_event_places}, the words of the names), in the same
 * transaction.
 */
@Component
public class SyntheticPeople {

    private static final String[] SURNAMES = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đinh",
        "Trịnh", "Lương", "Phan", "Tạ", "Mai"
    };
    private static final String[] MALE_MIDDLE = {
        "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Xuân", "Đình", "Mạnh"
    };
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Phương"};
    private static final String[] MALE_GIVEN = {
        "An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hùng", "Hưng", "Khánh", "Long", "Nam", "Phong", "Quân",
        "Sơn", "Thắng", "Tuấn", "Việt", "Hoàng", "Trung", "Hiếu", "Toàn", "Vinh", "Tùng"
    };
    private static final String[] FEMALE_GIVEN = {
        "Anh", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngọc", "Nhung", "Oanh", "Thảo", "Trang", "Yến"
    };
    private static final String[] ALIASES = {"Tèo", "Tý", "Bin", "Cò", "Lùn", "Sún", "Đen", "Béo", "Còi", "Tũn"};
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private final JdbcTemplate jdbc;

    SyntheticPeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A commune now, and the old commune its people lived in before the reform (may equal nothing). */
    public record Place(long communeId, Long oldCommuneId, String birthProvince) {}

    /** Generates {@code count} people spread over the places; returns how many were written. */
    @Transactional
    public int generate(List<Place> places, int count, long seed, LocalDate today) {
        Random random = new Random(seed);
        long next = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from person", Long.class);
        List<Object[]> persons = new ArrayList<>();
        List<Object[]> residences = new ArrayList<>();
        List<Object[]> episodes = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = next + i;
            Place place = places.get(random.nextInt(places.size()));
            boolean male = random.nextInt(10) < 9;
            int year = 1965 + random.nextInt(43);
            LocalDate birth = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + " "
                    + (male
                            ? MALE_MIDDLE[random.nextInt(MALE_MIDDLE.length)]
                            : FEMALE_MIDDLE[random.nextInt(FEMALE_MIDDLE.length)])
                    + " "
                    + (male
                            ? MALE_GIVEN[random.nextInt(MALE_GIVEN.length)]
                            : FEMALE_GIVEN[random.nextInt(FEMALE_GIVEN.length)]);
            String alias = random.nextInt(4) == 0 ? ALIASES[random.nextInt(ALIASES.length)] : null;
            int centurySex = (year >= 2000 ? 2 : 0) + (male ? 0 : 1);
            String idNumber = "0" + place.birthProvince() + centurySex + String.format("%02d", year % 100)
                    + String.format("%06d", (id * 7919) % 1_000_000); // unique for the first million ids
            String sortable =
                    name.substring(name.lastIndexOf(' ') + 1) + " " + name.substring(0, name.lastIndexOf(' '));
            persons.add(new Object[] {
                id,
                name,
                alias,
                VietnameseText.fold(name + (alias == null ? "" : " " + alias)),
                VietnameseText.sortKey(sortable),
                Date.valueOf(birth),
                year,
                male ? "MALE" : "FEMALE",
                idNumber,
                "Kinh",
                place.communeId(),
                "demo"
            });
            LocalDate since = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1400));
            if (since.isAfter(today.minusDays(30))) {
                since = today.minusDays(30 + random.nextInt(300));
            }
            if (place.oldCommuneId() != null && since.isBefore(REFORM)) {
                residences.add(
                        new Object[] {id, place.oldCommuneId(), Date.valueOf(since), Date.valueOf(REFORM.minusDays(1))
                        });
                residences.add(new Object[] {id, place.communeId(), Date.valueOf(REFORM), null});
            } else {
                residences.add(new Object[] {id, place.communeId(), Date.valueOf(since), null});
            }
            history(random, id, place, since, today, birth, episodes, events);
        }
        // Written without the triggers that keep each person's periods (one call per row would take minutes for
        // tens of thousands of people): the periods and the events' communes of all of them are computed below.
        jdbc.execute("set local session_replication_role = replica");
        jdbc.batchUpdate(
                "insert into person (id, full_name, aliases, search_name, sort_key, birth_date, birth_year, sex,"
                        + " id_number, ethnicity, unit_id, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                persons);
        jdbc.batchUpdate(
                "insert into person_residence (person_id, commune_id, valid_from, valid_to) values (?, ?, ?, ?)",
                residences);
        jdbc.batchUpdate(
                "insert into episode (person_id, kind, form, unit_id, start_date, planned_end_date, end_date,"
                        + " end_reason, decision_number, decision_date, signer, facility, result, officer)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')",
                episodes);
        jdbc.batchUpdate(
                "insert into person_event (person_id, kind, event_date, unit_id, result, substances, service,"
                        + " provider, officer) values (?, ?, ?, ?, ?, ?, ?, ?, 'demo')",
                events);
        jdbc.execute("set local session_replication_role = origin");
        Long[] ids = persons.stream().map(p -> (Long) p[0]).toArray(Long[]::new);
        jdbc.queryForList("select refresh_person_status(?)", (Object) ids);
        jdbc.queryForList("select refresh_event_places(?)", (Object) ids);
        // the words of the new names, for the name search (note_name_words, ADR 056)
        jdbc.update(
                "insert into person_name_word (word) select distinct w from person p,"
                        + " unnest(string_to_array(p.search_name, ' ')) w where p.id = any(?) and w <> ''"
                        + " on conflict do nothing",
                (Object) ids);
        jdbc.update("update register_version set version = version + 1 where id = 1");
        jdbc.execute("select setval(pg_get_serial_sequence('person', 'id'), (select max(id) from person))");
        return count;
    }

    private static void history(
            Random random,
            long id,
            Place place,
            LocalDate since,
            LocalDate today,
            LocalDate birth,
            List<Object[]> episodes,
            List<Object[]> events) {
        LocalDate start = since.plusDays(random.nextInt(60));
        long unit = unitOn(place, start);
        LocalDate testDay = start.minusDays(3);
        events.add(new Object[] {
            id,
            "DRUG_TEST",
            Date.valueOf(testDay),
            unitOn(place, testDay),
            "POSITIVE",
            random.nextBoolean() ? "Methamphetamine" : "Heroin",
            null,
            "Test nhanh 4 chân"
        });
        int path = random.nextInt(100);
        if (path < 55) {
            LocalDate planned = start.plusYears(1).minusDays(1);
            LocalDate end = null;
            String reason = null;
            if (planned.isBefore(today)) {
                end = planned;
                reason = "COMPLETED";
            }
            episodes.add(new Object[] {
                id,
                "DRUG_USE_MANAGEMENT",
                null,
                unit,
                Date.valueOf(start),
                Date.valueOf(planned),
                date(end),
                reason,
                (1 + random.nextInt(300)) + "/QĐ-UBND",
                Date.valueOf(start),
                "Chủ tịch UBND xã",
                null,
                null
            });
            checkIns(random, id, place, start, end == null ? today : end, events);
        } else {
            LocalDate result = start.plusDays(2);
            episodes.add(new Object[] {
                id,
                "ADDICTION_DETERMINATION",
                null,
                unit,
                Date.valueOf(start),
                Date.valueOf(start.plusDays(7)),
                Date.valueOf(result),
                null,
                null,
                null,
                null,
                "Trạm Y tế xã",
                path < 95 ? "ADDICTED" : "NOT_ADDICTED"
            });
            if (path < 95) {
                rehab(random, id, place, result.plusDays(3), today, birth, episodes, events);
            }
        }
        if (random.nextInt(100) < 8) {
            LocalDate t = start.plusDays(30 + random.nextInt(200));
            if (t.isBefore(today)) {
                episodes.add(new Object[] {
                    id,
                    "SUBSTITUTION_TREATMENT",
                    "METHADONE",
                    unitOn(place, t),
                    Date.valueOf(t),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "Cơ sở điều trị Methadone tỉnh",
                    null
                });
            }
        }
        if (random.nextInt(100) < 3) {
            episodes.add(new Object[] {
                id,
                "FLAG",
                "PSYCHOSIS",
                unit,
                Date.valueOf(start.plusDays(10)),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null
            });
        }
        if (random.nextInt(100) < 30) {
            LocalDate s = start.plusDays(15 + random.nextInt(300));
            if (s.isBefore(today)) {
                events.add(new Object[] {
                    id,
                    "SERVICE",
                    Date.valueOf(s),
                    unitOn(place, s),
                    null,
                    null,
                    random.nextBoolean() ? "COUNSELLING" : "VOCATIONAL_TRAINING",
                    "Trạm Y tế xã"
                });
            }
        }
    }

    private static void rehab(
            Random random,
            long id,
            Place place,
            LocalDate start,
            LocalDate today,
            LocalDate birth,
            List<Object[]> episodes,
            List<Object[]> events) {
        if (!start.isBefore(today)) {
            return;
        }
        boolean compulsory = random.nextInt(3) == 0 && birth.plusYears(18).isBefore(start);
        String form = compulsory ? "COMPULSORY_ADULT" : random.nextBoolean() ? "VOLUNTARY_HOME" : "VOLUNTARY_COMMUNITY";
        LocalDate planned =
                start.plusMonths(compulsory ? 18 : 6 + random.nextInt(7)).minusDays(1);
        boolean over = planned.isBefore(today);
        long unit = unitOn(place, start);
        episodes.add(new Object[] {
            id,
            "REHAB",
            form,
            unit,
            Date.valueOf(start),
            Date.valueOf(planned),
            over ? Date.valueOf(planned) : null,
            over ? "COMPLETED" : null,
            compulsory ? (1 + random.nextInt(200)) + "/QĐ-TA" : null,
            compulsory ? Date.valueOf(start) : null,
            compulsory ? "Tòa án nhân dân khu vực" : null,
            compulsory ? "Cơ sở cai nghiện ma túy tỉnh" : "Gia đình, cộng đồng",
            null
        });
        if (over) {
            // post-rehab management follows compulsory rehab only (Law 73/2021 art. 40); the draws are made for
            // voluntary rehab too and their rows dropped, so that everybody else in the register stays the same
            List<Object[]> postEpisodes = compulsory ? episodes : new ArrayList<>();
            List<Object[]> postEvents = compulsory ? events : new ArrayList<>();
            LocalDate post = planned.plusDays(1);
            if (post.isBefore(today)) {
                LocalDate postEnd = post.plusYears(1).minusDays(1);
                boolean postOver = postEnd.isBefore(today);
                postEpisodes.add(new Object[] {
                    id,
                    "POST_REHAB_MANAGEMENT",
                    null,
                    unitOn(place, post),
                    Date.valueOf(post),
                    Date.valueOf(postEnd),
                    postOver ? Date.valueOf(postEnd) : null,
                    postOver ? "COMPLETED" : null,
                    (1 + random.nextInt(300)) + "/QĐ-UBND",
                    Date.valueOf(post),
                    "Chủ tịch UBND xã",
                    null,
                    null
                });
                checkIns(random, id, place, post, postOver ? postEnd : today, postEvents);
                if (random.nextInt(100) < 10) {
                    LocalDate relapse = post.plusDays(40 + random.nextInt(200));
                    if (relapse.isBefore(today)) {
                        postEvents.add(new Object[] {
                            id,
                            "DRUG_TEST",
                            Date.valueOf(relapse),
                            unitOn(place, relapse),
                            "POSITIVE",
                            "Methamphetamine",
                            null,
                            "Test nhanh"
                        });
                    }
                }
            }
        }
    }

    private static void checkIns(
            Random random, long id, Place place, LocalDate from, LocalDate to, List<Object[]> events) {
        LocalDate d = from.plusDays(20 + random.nextInt(20));
        while (d.isBefore(to) && random.nextInt(10) < 8) {
            events.add(new Object[] {
                id,
                random.nextInt(4) == 0 ? "HOME_VISIT" : "CHECK_IN",
                Date.valueOf(d),
                unitOn(place, d),
                null,
                null,
                null,
                null
            });
            d = d.plusDays(25 + random.nextInt(40));
        }
    }

    private static long unitOn(Place place, LocalDate date) {
        return place.oldCommuneId() != null && date.isBefore(REFORM) ? place.oldCommuneId() : place.communeId();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
