package vn.pcmt.agencies.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.pcmt.agencies.AgencyKind;

/**
 * The bodies that provincial drug-control plans give tasks to, across the 2025 reorganisation of departments
 * (Decree 45/2025/NĐ-CP on the specialised agencies of provincial people's committees, in force from 1/3/2025), each
 * with its validity: the departments abolished or merged end on 28/2/2025 (Sở Lao động - Thương binh và Xã hội, whose
 * drug-rehabilitation duties went to Sở Y tế and labour to Sở Nội vụ; Sở Thông tin và Truyền thông, merged into Sở
 * Khoa học và Công nghệ; Sở Kế hoạch và Đầu tư into Sở Tài chính; Sở Giao thông vận tải into Sở Xây dựng; Sở Tài
 * nguyên và Môi trường and Sở Nông nghiệp và Phát triển nông thôn into Sở Nông nghiệp và Môi trường), those created
 * start on 1/3/2025, and the others have no dates. The party committee's boards and the provincial newspaper and
 * broadcaster merged in the same months; 1/3/2025 is the usual date, which a province corrects for itself. A
 * centrally-run city (thành phố trực thuộc trung ương) names its bodies as such: Công an thành phố, Thành đoàn, Thành
 * ủy, and the military command of Hà Nội and Hồ Chí Minh City is a Bộ Tư lệnh. Names after Hưng Yên 135/KH-UBND,
 * part III. A province starts from this list and edits it.
 */
public final class StandardAgencies {

    /** The first day of the reorganised departments. */
    public static final LocalDate REORGANISED = LocalDate.of(2025, 3, 1);

    private static final LocalDate LAST_BEFORE = REORGANISED.minusDays(1);

    private StandardAgencies() {}

    /** The standard list of a province (not a city): {@code province} is its short name, used in some titles. */
    public static List<AgencyForm> forProvince(String province) {
        return forProvince(null, province, false);
    }

    /**
     * The standard list of a province or a centrally-run city ({@code city}); {@code provinceCode} names the
     * military command of Hà Nội (01) and Hồ Chí Minh City (79).
     */
    public static List<AgencyForm> forProvince(String provinceCode, String province, boolean city) {
        String of = city ? "thành phố" : "tỉnh";
        String ofShort = city ? "TP" : "tỉnh";
        String committee = city ? "Thành ủy" : "Tỉnh ủy";
        List<AgencyForm> list = new ArrayList<>();
        list.add(form("UBND", "Ủy ban nhân dân " + of, "UBND " + ofShort, AgencyKind.PEOPLES_COMMITTEE));
        list.add(form("CA", "Công an " + of, "Công an " + ofShort, AgencyKind.POLICE));
        list.add(form("BCHQS", military(provinceCode, of), "BCH Quân sự", AgencyKind.MILITARY));
        list.add(form("BDBP", "Bộ Chỉ huy Bộ đội Biên phòng " + of, "BĐBP " + ofShort, AgencyKind.BORDER_GUARD));
        list.add(form("HQ", "Chi cục Hải quan khu vực", "Hải quan", AgencyKind.CUSTOMS));
        list.add(form("SYT", "Sở Y tế", "Sở Y tế", AgencyKind.DEPARTMENT));
        list.add(form("SGDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT", AgencyKind.DEPARTMENT));
        list.add(form("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", AgencyKind.DEPARTMENT));
        list.add(form("SNV", "Sở Nội vụ", "Sở Nội vụ", AgencyKind.DEPARTMENT));
        list.add(form("STP", "Sở Tư pháp", "Sở Tư pháp", AgencyKind.DEPARTMENT));
        list.add(form("STC", "Sở Tài chính", "Sở Tài chính", AgencyKind.DEPARTMENT));
        list.add(form("SCT", "Sở Công Thương", "Sở Công Thương", AgencyKind.DEPARTMENT));
        list.add(form("SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN", AgencyKind.DEPARTMENT));
        list.add(form("SXD", "Sở Xây dựng", "Sở Xây dựng", AgencyKind.DEPARTMENT));
        // until 28/2/2025
        list.add(before("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH", AgencyKind.DEPARTMENT));
        list.add(before("STTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT", AgencyKind.DEPARTMENT));
        list.add(before("SKHDT", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", AgencyKind.DEPARTMENT));
        list.add(before("SGTVT", "Sở Giao thông vận tải", "Sở GTVT", AgencyKind.DEPARTMENT));
        list.add(before("STNMT", "Sở Tài nguyên và Môi trường", "Sở TN&MT", AgencyKind.DEPARTMENT));
        list.add(before("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", AgencyKind.DEPARTMENT));
        list.add(before("BTG", "Ban Tuyên giáo " + committee, "Ban Tuyên giáo", AgencyKind.OTHER));
        list.add(before("BDV", "Ban Dân vận " + committee, "Ban Dân vận", AgencyKind.OTHER));
        list.add(before("BAO", "Báo " + province, "Báo " + province, AgencyKind.MEDIA));
        list.add(before("DPTTH", "Đài Phát thanh và Truyền hình " + province, "Đài PT-TH", AgencyKind.MEDIA));
        // from 1/3/2025
        list.add(from("SNNMT", "Sở Nông nghiệp và Môi trường", "Sở NN&MT", AgencyKind.DEPARTMENT));
        list.add(from("BTGDV", "Ban Tuyên giáo và Dân vận " + committee, "Ban TG&DV", AgencyKind.OTHER));
        list.add(from("BPTTH", "Báo và Đài Phát thanh Truyền hình " + province, "Báo và PT-TH", AgencyKind.MEDIA));
        list.add(form(
                "MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam " + of, "MTTQ " + ofShort, AgencyKind.MASS_ORGANISATION));
        list.add(form(
                "DTN",
                city ? "Thành đoàn" : "Tỉnh đoàn",
                city ? "Thành đoàn" : "Tỉnh đoàn",
                AgencyKind.MASS_ORGANISATION));
        list.add(form("HLHPN", "Hội Liên hiệp Phụ nữ " + of, "Hội LHPN", AgencyKind.MASS_ORGANISATION));
        list.add(form("HND", "Hội Nông dân " + of, "Hội Nông dân", AgencyKind.MASS_ORGANISATION));
        list.add(form("HCCB", "Hội Cựu chiến binh " + of, "Hội CCB", AgencyKind.MASS_ORGANISATION));
        list.add(form("TAND", "Tòa án nhân dân " + of, "TAND " + ofShort, AgencyKind.COURT));
        list.add(form("VKSND", "Viện Kiểm sát nhân dân " + of, "VKSND " + ofShort, AgencyKind.PROCURACY));
        return List.copyOf(list);
    }

    /** The standard agencies in force on a date. */
    public static List<AgencyForm> on(String provinceCode, String province, boolean city, LocalDate date) {
        return forProvince(provinceCode, province, city).stream()
                .filter(f -> (f.validFrom() == null || !f.validFrom().isAfter(date))
                        && (f.validTo() == null || !f.validTo().isBefore(date)))
                .toList();
    }

    private static String military(String provinceCode, String of) {
        if ("01".equals(provinceCode)) {
            return "Bộ Tư lệnh Thủ đô Hà Nội";
        }
        if ("79".equals(provinceCode)) {
            return "Bộ Tư lệnh Thành phố Hồ Chí Minh";
        }
        return "Bộ Chỉ huy Quân sự " + of;
    }

    private static AgencyForm form(String code, String name, String shortName, AgencyKind kind) {
        return new AgencyForm(code, name, shortName, kind, null, null, null);
    }

    private static AgencyForm before(String code, String name, String shortName, AgencyKind kind) {
        return new AgencyForm(code, name, shortName, kind, null, LAST_BEFORE, null);
    }

    private static AgencyForm from(String code, String name, String shortName, AgencyKind kind) {
        return new AgencyForm(code, name, shortName, kind, REORGANISED, null, null);
    }
}
