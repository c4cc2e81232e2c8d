package vn.pcmt.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.pcmt.text.VietnameseText;

/**
 * The user guide (docs/user-guide.md, copied into the application as {@code help/user-guide.md}) rendered once as
 * HTML with an anchor on every heading, and the section of it that explains each page (ADR 046): the help link of
 * the layout opens {@code /help#anchor}.
 */
@Component
class UserGuide {

    /** A heading of the guide: its anchor, level and text. */
    record Section(String anchor, int level, String title) {}

    /**
     * Which section explains the pages under a path: the longest prefix wins; the value is the beginning of the
     * heading's text (compared without diacritics), so that renumbered sections still match.
     */
    static final Map<String, String> PAGES = pages();

    private final String html;
    private final List<Section> sections;
    private final Map<String, String> anchors = new LinkedHashMap<>();

    UserGuide() {
        this(read());
    }

    UserGuide(String markdown) {
        Parser parser = Parser.builder().build();
        Node document = parser.parse(markdown);
        Map<Node, String> ids = new IdentityHashMap<>();
        List<Section> found = new ArrayList<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String title = text(heading);
                String slug = slug(title);
                int n = seen.merge(slug, 1, Integer::sum);
                String anchor = n == 1 ? slug : slug + "-" + n;
                ids.put(heading, anchor);
                found.add(new Section(anchor, heading.getLevel(), title));
            }
        });
        HtmlRenderer renderer = HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    String id = ids.get(node);
                    if (id != null) {
                        attributes.put("id", id);
                    }
                })
                .build();
        this.html = renderer.render(document);
        this.sections = List.copyOf(found);
        PAGES.forEach((path, heading) -> {
            String start = VietnameseText.fold(heading);
            found.stream()
                    .filter(s -> VietnameseText.fold(s.title()).startsWith(start))
                    .findFirst()
                    .ifPresent(s -> anchors.put(path, s.anchor()));
        });
    }

    String html() {
        return html;
    }

    List<Section> sections() {
        return sections;
    }

    /** The anchor of the section for a page's path (without the context path), or null for the guide's top. */
    String anchorFor(String path) {
        String best = null;
        for (String prefix : anchors.keySet()) {
            boolean matches = prefix.equals("/")
                    ? path.equals("/") || path.isEmpty()
                    : path.equals(prefix) || path.startsWith(prefix + "/");
            if (matches && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? null : anchors.get(best);
    }

    /** The pages whose heading was found (for the test that every entry of {@link #PAGES} still names a section). */
    Map<String, String> anchors() {
        return anchors;
    }

    static String slug(String title) {
        return VietnameseText.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }
        });
        return out.toString().strip();
    }

    private static String read() {
        try (InputStream in = new ClassPathResource("help/user-guide.md").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the user guide is missing from the application", e);
        }
    }

    private static Map<String, String> pages() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("/", "2. Trang chủ");
        p.put("/login", "1. Đăng nhập");
        p.put("/account", "1. Đăng nhập");
        p.put("/people", "3. Sổ theo dõi đối tượng");
        p.put("/people/new", "Thêm đối tượng");
        p.put("/people/import", "Nhập từ Excel");
        p.put("/people/export", "Xuất danh sách ra Excel");
        p.put("/people/transfers", "Chuyển nơi ở");
        p.put("/people/stats", "Số liệu đối tượng");
        p.put("/hotspots", "3a.");
        p.put("/localities", "3b.");
        p.put("/key-localities", "3b.");
        p.put("/localities/classification", "Phân loại xã theo Quyết định 28");
        p.put("/drug-free", "3c.");
        p.put("/drug-free/criteria-sets", "Bộ tiêu chí của tỉnh");
        p.put("/plans", "3d.");
        p.put("/overview", "Tổng quan toàn quốc và của tỉnh");
        p.put("/plan-templates", "3d.");
        p.put("/unit-groups", "Nhóm đơn vị hành chính");
        p.put("/figures", "Số liệu nhập tay");
        p.put("/figures/registers", "Số liệu nhập tay cho sổ");
        p.put("/manual-metrics", "Số liệu nhập tay");
        p.put("/tasks", "Nhiệm vụ giao các cơ quan");
        p.put("/reports", "Báo cáo định kỳ");
        p.put("/cases", "3e.");
        p.put("/violations", "3e.");
        p.put("/units", "4. Đơn vị hành chính");
        p.put("/agencies", "5. Cơ quan");
        p.put("/admin/users", "6. Quản trị người dùng");
        p.put("/admin/audit", "7. Nhật ký");
        p.put("/admin/legal-rules", "8. Quy định pháp luật");
        p.put("/cultivation", "Trồng cây");
        p.put("/businesses", "Cơ sở kinh doanh");
        p.put("/outreach", "Tuyên truyền");
        p.put("/legal-aid", "Trợ giúp pháp lý");
        p.put("/facilities", "Cơ sở cai nghiện");
        p.put("/substitution", "Điều trị thay thế");
        p.put("/counselling", "Tư vấn và cấp phát thuốc");
        return Map.copyOf(p);
    }
}
