package vn.pcmt.agencies.internal;

import java.util.List;
import vn.pcmt.agencies.AgencyForm;
import vn.pcmt.agencies.AgencyKind;

/**
 * The bodies that provincial drug-control plans give tasks to, as named after the 2025 reorganisation of
 * departments (e.g. Hưng Yên 135/KH-UBND, part III). A province starts from this list and edits it.
 */
public final class StandardAgencies {

    private StandardAgencies() {}

    /** The standard list; {@code province} is the short province name used in some titles. */
    public static List<AgencyForm> forProvince(String province) {
        return List.of(
                form("UBND", "Ủy ban nhân dân tỉnh", "UBND tỉnh", AgencyKind.PEOPLES_COMMITTEE),
                form("CA", "Công an tỉnh", "Công an tỉnh", AgencyKind.POLICE),
                form("BCHQS", "Bộ Chỉ huy Quân sự tỉnh", "BCH Quân sự", AgencyKind.MILITARY),
                form("BDBP", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "BĐBP tỉnh", AgencyKind.BORDER_GUARD),
                form("HQ", "Chi cục Hải quan khu vực", "Hải quan", AgencyKind.CUSTOMS),
                form("SYT", "Sở Y tế", "Sở Y tế", AgencyKind.DEPARTMENT),
                form("SGDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT", AgencyKind.DEPARTMENT),
                form("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", AgencyKind.DEPARTMENT),
                form("SNV", "Sở Nội vụ", "Sở Nội vụ", AgencyKind.DEPARTMENT),
                form("STP", "Sở Tư pháp", "Sở Tư pháp", AgencyKind.DEPARTMENT),
                form("STC", "Sở Tài chính", "Sở Tài chính", AgencyKind.DEPARTMENT),
                form("SCT", "Sở Công Thương", "Sở Công Thương", AgencyKind.DEPARTMENT),
                form("SNNMT", "Sở Nông nghiệp và Môi trường", "Sở NN&MT", AgencyKind.DEPARTMENT),
                form("SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN", AgencyKind.DEPARTMENT),
                form("SXD", "Sở Xây dựng", "Sở Xây dựng", AgencyKind.DEPARTMENT),
                form("MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "MTTQ tỉnh", AgencyKind.MASS_ORGANISATION),
                form("DTN", "Tỉnh đoàn", "Tỉnh đoàn", AgencyKind.MASS_ORGANISATION),
                form("HLHPN", "Hội Liên hiệp Phụ nữ tỉnh", "Hội LHPN", AgencyKind.MASS_ORGANISATION),
                form("HND", "Hội Nông dân tỉnh", "Hội Nông dân", AgencyKind.MASS_ORGANISATION),
                form("HCCB", "Hội Cựu chiến binh tỉnh", "Hội CCB", AgencyKind.MASS_ORGANISATION),
                form("TAND", "Tòa án nhân dân tỉnh", "TAND tỉnh", AgencyKind.COURT),
                form("VKSND", "Viện Kiểm sát nhân dân tỉnh", "VKSND tỉnh", AgencyKind.PROCURACY),
                form("BTGDV", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban TG&DV", AgencyKind.OTHER),
                form("BPTTH", "Báo và Đài Phát thanh Truyền hình " + province, "Báo và PT-TH", AgencyKind.MEDIA));
    }

    private static AgencyForm form(String code, String name, String shortName, AgencyKind kind) {
        return new AgencyForm(code, name, shortName, kind, null);
    }
}
