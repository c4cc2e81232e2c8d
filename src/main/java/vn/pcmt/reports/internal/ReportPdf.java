package vn.pcmt.reports.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.pcmt.plans.TargetProgress;
import vn.pcmt.plans.TargetStatus;
import vn.pcmt.reports.Report;

/**
 * A report as a PDF in the same state format and with the same content as {@link ReportDocx}: the template
 * {@code reports/report-pdf.html} laid out by openhtmltopdf on A4 with the margins of Decree 30/2020/NĐ-CP. The font
 * is shipped in {@code resources/fonts} and embedded, so the Vietnamese marks print the same on every machine; the
 * condensed face of DejaVu Serif is about as wide as the Times New Roman the decree names, so the national name fits
 * on its line.
 */
@Component
class ReportPdf {

    static final String FONT_FAMILY = "DejaVu Serif Condensed";

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Characters XML 1.0 forbids (control characters a user may paste); the renderer parses the page as XML. */
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    static {
        // the renderer tells at INFO of every font it loads on every render; its warnings are enough
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final List<Face> faces;

    ReportPdf(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
        this.faces = List.of(
                Face.load("DejaVuSerifCondensed.ttf", 400, FontStyle.NORMAL),
                Face.load("DejaVuSerifCondensed-Bold.ttf", 700, FontStyle.NORMAL),
                Face.load("DejaVuSerifCondensed-Italic.ttf", 400, FontStyle.ITALIC),
                Face.load("DejaVuSerifCondensed-BoldItalic.ttf", 700, FontStyle.ITALIC));
    }

    byte[] render(ReportContent content) {
        String html = xml(templates.process("reports/report-pdf", context(content)));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .withProducer("PCMT")
                    .withHtmlContent(html, null)
                    // the page holds only escaped text: nothing is fetched, whatever a user typed
                    .useUriResolver((base, uri) -> null)
                    .toStream(out);
            for (Face face : faces) {
                builder.useFont(face::open, FONT_FAMILY, face.weight(), face.style(), true);
            }
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Context context(ReportContent c) {
        Report report = c.report();
        LocalDate date = c.date();
        Context context = new Context(VI);
        context.setVariable("report", report);
        context.setVariable("unit", c.unit());
        context.setVariable("heading", c.heading());
        context.setVariable("number", c.heading().number(report.getNumber()));
        context.setVariable("placeDate", c.heading().placeDate(date));
        context.setVariable(
                "subject",
                text(
                        "report.docx.subject",
                        text(
                                "report.docx.period." + report.getKind(),
                                report.getPeriodTo().getYear()),
                        c.plan().numberShown()));
        context.setVariable("results", paragraphs(report.getResults()));
        context.setVariable("limits", paragraphs(report.getLimits()));
        context.setVariable("causes", paragraphs(report.getCauses()));
        context.setVariable("proposals", paragraphs(report.getProposals()));
        context.setVariable("figures", c.figures().stream().map(Figure::of).toList());
        context.setVariable("recipients", c.heading().recipients());
        return context;
    }

    /** The lines of a narrative, one paragraph each; "…" for a part left empty, as in the Word file. */
    private static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of("…");
        }
        return Arrays.stream(text.split("\\R")).filter(line -> !line.isBlank()).toList();
    }

    /** Well-formed XML in composed form (marks typed as separate characters would print apart from their letter). */
    private static String xml(String html) {
        return NOT_XML.matcher(Normalizer.normalize(html, Normalizer.Form.NFC)).replaceAll("");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    /** A row of the targets' table. */
    record Figure(String code, String text, String result, TargetStatus status) {
        static Figure of(TargetProgress p) {
            return new Figure(p.code(), p.text(), ReportContent.figure(p), p.status());
        }
    }

    /** A face of the shipped font, read once. */
    private record Face(byte[] bytes, int weight, FontStyle style) {

        static Face load(String file, int weight, FontStyle style) {
            try (InputStream in = ReportPdf.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the application: fonts/" + file);
                }
                return new Face(in.readAllBytes(), weight, style);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
