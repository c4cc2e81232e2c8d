package vn.pcmt.plans.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.pcmt.plans.PlanTask;
import vn.pcmt.plans.TaskView;
import vn.pcmt.plans.internal.PlanTaskForm;
import vn.pcmt.plans.internal.Recurrence;
import vn.pcmt.plans.internal.TaskReport;
import vn.pcmt.plans.internal.TaskService;
import vn.pcmt.plans.internal.TaskStatus;
import vn.pcmt.plans.internal.TaskUpdateForm;

/** Plan tasks for agencies and units: entered by the standing office, reported on by the agencies or the units. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Nhiệm vụ", description = "Tasks that plans give to agencies, and their progress reports")
class TaskApiController {

    private final TaskService tasks;

    TaskApiController(TaskService tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/plans/{id}/tasks")
    List<TaskDto> ofPlan(@PathVariable long id) {
        return tasks.ofPlan(id).stream().map(TaskDto::of).toList();
    }

    @PostMapping("/plans/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Give a task to a lead agency (and cooperating ones) or to a unit of the plan's province",
            description = "Exactly one lead: `leadAgencyId`, or `leadUnitCode` (a commune, or a district before"
                    + " 1/7/2025, whose steering committee or people's committee carries it out; its users report on"
                    + " it).")
    TaskDto add(@PathVariable long id, @Valid @RequestBody PlanTaskForm form) {
        PlanTask task = tasks.add(id, form);
        return tasks.ofPlan(id).stream()
                .filter(v -> v.task().getId().equals(task.getId()))
                .map(TaskDto::of)
                .findFirst()
                .orElseThrow();
    }

    @DeleteMapping("/plans/{id}/tasks/{taskId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @PathVariable long taskId, @RequestParam long version) {
        tasks.delete(id, taskId, version);
    }

    @GetMapping("/tasks")
    @Operation(summary = "The caller's tasks: those of their agency, or of every plan of their province; overdue first")
    List<TaskDto> mine() {
        return tasks.mine().stream().map(TaskDto::of).toList();
    }

    @PostMapping("/tasks/{id}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report progress on a task of the caller's agency; `version` must be the one read")
    TaskDto report(@PathVariable long id, @Valid @RequestBody TaskUpdateForm form) {
        tasks.report(id, form);
        return tasks.mine().stream()
                .filter(v -> v.task().getId() == id)
                .map(TaskDto::of)
                .findFirst()
                .orElseThrow();
    }

    @PostMapping(value = "/tasks/{id}/reports/with-file", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report progress with a file (PDF, JPEG or PNG, at most 5 MB); `version` must be the one read")
    TaskDto reportWithFile(
            @PathVariable long id,
            @RequestParam TaskStatus status,
            @RequestParam int progressPercent,
            @RequestParam(required = false) @Size(max = 4000) String note,
            @RequestParam long version,
            @RequestPart("file") MultipartFile file)
            throws IOException {
        tasks.report(
                id,
                new TaskUpdateForm(status, progressPercent, note, version),
                file.getOriginalFilename(),
                file.getBytes());
        return tasks.mine().stream()
                .filter(v -> v.task().getId() == id)
                .map(TaskDto::of)
                .findFirst()
                .orElseThrow();
    }

    @GetMapping("/task-updates/{id}/file")
    @Operation(summary = "The file carried by a progress report")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return TaskController.download(tasks.file(id));
    }

    record TaskDto(
            long id,
            long planId,
            String planNumber,
            String text,
            Long leadAgencyId,
            Long leadUnitId,
            String leadAgency,
            List<String> cooperatingAgencies,
            LocalDate dueOn,
            Recurrence recurrence,
            LocalDate currentDue,
            boolean overdue,
            TaskStatus status,
            int progressPercent,
            List<TaskReport> reports,
            long version) {
        static TaskDto of(TaskView v) {
            PlanTask t = v.task();
            return new TaskDto(
                    t.getId(),
                    t.getPlanId(),
                    v.planNumber(),
                    t.getText(),
                    t.getLeadAgencyId(),
                    t.getLeadUnitId(),
                    v.leadAgency(),
                    v.cooperatingAgencies(),
                    t.getDueOn(),
                    t.getRecurrence(),
                    v.due(),
                    v.overdue(),
                    t.getStatus(),
                    t.getProgressPercent(),
                    v.reports(),
                    t.getVersion());
        }
    }
}
