package vn.pcmt.geo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The official unit lists as shipped in the jar, and the dates between which each is in force. */
final class UnitCatalogueFiles {

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final LocalDate CURRENT_FROM = LocalDate.of(2026, 4, 30);

    static final String PRE2025_PROVINCES = "pre2025_provinces.csv";
    static final String PRE2025_DISTRICTS = "pre2025_districts.csv";
    static final String PRE2025_COMMUNES = "pre2025_communes.csv";
    static final String PROVINCES_2025 = "provinces_2025-07-01.csv";
    static final String COMMUNES_2025 = "communes_2025-07-01.csv";
    static final String PROVINCES_CURRENT = "provinces_current.csv";
    static final String COMMUNES_CURRENT = "communes_current.csv";
    static final String COMMUNE_MAPPING = "mapping_communes_old_to_new.csv";
    static final String PROVINCE_MAPPING = "mapping_provinces_63_to_34.csv";

    private static final List<String> ALL = List.of(
            PRE2025_PROVINCES,
            PRE2025_DISTRICTS,
            PRE2025_COMMUNES,
            PROVINCES_2025,
            COMMUNES_2025,
            PROVINCES_CURRENT,
            COMMUNES_CURRENT,
            COMMUNE_MAPPING,
            PROVINCE_MAPPING);

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private UnitCatalogueFiles() {}

    static List<CSVRecord> read(String file) {
        try (InputStream in = open(file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new ArrayList<>(FORMAT.parse(reader).getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read admin-units/" + file, e);
        }
    }

    /** A checksum over every file, so that Flyway notices if a shipped list is edited after it landed. */
    static int checksum() {
        CRC32 crc = new CRC32();
        for (String file : ALL) {
            try (InputStream in = open(file)) {
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return (int) crc.getValue();
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = UnitCatalogueFiles.class.getResourceAsStream("/admin-units/" + file);
        if (in == null) {
            throw new IOException("missing classpath resource admin-units/" + file);
        }
        return in;
    }
}
