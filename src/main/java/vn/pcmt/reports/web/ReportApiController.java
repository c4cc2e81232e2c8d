package vn.pcmt.reports.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.plans.ReportKind;
import vn.pcmt.plans.TargetProgress;
import vn.pcmt.reports.Report;
import vn.pcmt.reports.internal.ReportService;
import vn.pcmt.reports.internal.ReportStatus;
import vn.pcmt.reports.internal.ReportStep;
import vn.pcmt.reports.internal.ReportText;

/** Reports on plans for other systems: open, write, submit, return, accept; the Word, PDF and Excel files. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Báo cáo", description = "Periodic reports on plans, pre-filled with the targets' progress")
class ReportApiController {

    private final ReportService reports;

    ReportApiController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/plans/{id}/reports")
    @Operation(summary = "The plan's reports the caller may read, without their figures (read one report for those)")
    List<ReportSummaryDto> ofPlan(@PathVariable long id) {
        List<Report> list = reports.ofPlan(id);
        java.util.Map<Long, String> names = reports.reporterNames(list);
        return list.stream()
                .map(r -> ReportSummaryDto.of(r, reports.unitOf(r).code(), names.get(r.getId())))
                .toList();
    }

    /** A report as the plan's list shows it, without its text and figures. */
    record ReportSummaryDto(
            long id,
            ReportKind kind,
            String unitCode,
            Long agencyId,
            String reporter,
            LocalDate periodFrom,
            LocalDate periodTo,
            LocalDate dueOn,
            ReportStatus status,
            long version) {

        static ReportSummaryDto of(Report r, String unitCode, String reporter) {
            return new ReportSummaryDto(
                    r.getId(),
                    r.getKind(),
                    unitCode,
                    r.getAgencyId(),
                    reporter,
                    r.getPeriodFrom(),
                    r.getPeriodTo(),
                    r.getDueOn(),
                    r.getStatus(),
                    r.getVersion());
        }
    }

    @PostMapping("/plans/{id}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a report of a unit (the caller's by default) for the usual period of its kind")
    ReportDto open(
            @PathVariable long id,
            @RequestParam ReportKind kind,
            @RequestParam int year,
            @RequestParam(required = false) String unit) {
        return dto(reports.open(id, kind, year, unit));
    }

    @GetMapping("/plans/{id}/reports/outstanding")
    @Operation(
            summary = "Who has not sent a report the regime asks for (standing office)",
            description = "Communes in force today, or departments with a task in the plan, with no submitted or"
                    + " accepted report of that kind for the year.")
    List<String> outstanding(@PathVariable long id, @RequestParam ReportKind kind, @RequestParam int year) {
        return reports.outstanding(id, kind, year);
    }

    @GetMapping("/reports/{id}/gathered")
    @Operation(summary = "The accepted reports of the communes and departments that a province's report gathers")
    List<ReportDto> gathered(@PathVariable long id) {
        var gathered = reports.gathered(id);
        return gathered.reports().stream()
                .map(r -> dto(r, gathered.names().get(r.getId())))
                .toList();
    }

    @PostMapping("/reports/{id}/gathering")
    @Operation(summary = "Fill a province's draft from the accepted reports it gathers; `version` must be the one read")
    ReportDto gather(@PathVariable long id, @RequestParam long version) {
        return dto(reports.gather(id, version));
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "A report with its figures (as submitted, or computed now for a draft) and its steps")
    ReportDto get(@PathVariable long id) {
        return dto(reports.get(id));
    }

    @PutMapping("/reports/{id}")
    @Operation(summary = "Write the narrative of a draft or returned report; `version` must be the one read")
    ReportDto write(@PathVariable long id, @Valid @RequestBody ReportText text) {
        return dto(reports.write(id, text));
    }

    @PostMapping("/reports/{id}/submission")
    ReportDto submit(@PathVariable long id, @RequestParam long version) {
        return dto(reports.submit(id, version));
    }

    @PostMapping("/reports/{id}/return")
    @Operation(summary = "Return a submitted report with a comment (standing office)")
    ReportDto sendBack(
            @PathVariable long id, @RequestParam @Size(max = 4000) String comment, @RequestParam long version) {
        return dto(reports.sendBack(id, comment, version));
    }

    @PostMapping("/reports/{id}/acceptance")
    ReportDto accept(
            @PathVariable long id,
            @RequestParam(required = false) @Size(max = 4000) String comment,
            @RequestParam long version) {
        return dto(reports.accept(id, comment, version));
    }

    @GetMapping("/reports/{id}/docx")
    @Operation(summary = "The report as a Word document in the state administrative format (Decree 30/2020)")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return ReportFiles.DOCX.download(id, reports.docx(id));
    }

    @GetMapping("/reports/{id}/pdf")
    @Operation(
            summary =
                    "The report as a PDF in the same state administrative format as the Word document (Decree 30/2020)")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ReportFiles.PDF.download(id, reports.pdf(id));
    }

    @GetMapping("/reports/{id}/xlsx")
    @Operation(
            summary = "The report's targets' table as an Excel workbook: results and thresholds as numbers, dates,"
                    + " yearly values")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return ReportFiles.XLSX.download(id, reports.xlsx(id));
    }

    private ReportDto dto(Report r) {
        return dto(r, reports.reporterName(r));
    }

    private ReportDto dto(Report r, String reporter) {
        return ReportDto.of(
                r, reports.unitOf(r).code(), reporter, reports.figures(r.getId()), reports.steps(r.getId()));
    }

    /**
     * A report with its text, figures and steps: the fields of the summary (unwrapped, so the JSON is the summary's
     * fields and these) and what only one report's answer carries.
     */
    record ReportDto(
            @JsonUnwrapped ReportSummaryDto summary,
            long planId,
            String number,
            String results,
            String limits,
            String causes,
            String proposals,
            String reviewerComment,
            List<TargetProgress> figures,
            List<ReportStep> steps) {

        static ReportDto of(
                Report r, String unitCode, String reporter, List<TargetProgress> figures, List<ReportStep> steps) {
            return new ReportDto(
                    ReportSummaryDto.of(r, unitCode, reporter),
                    r.getPlanId(),
                    r.getNumber(),
                    r.getResults(),
                    r.getLimits(),
                    r.getCauses(),
                    r.getProposals(),
                    r.getReviewerComment(),
                    figures,
                    steps);
        }
    }
}
