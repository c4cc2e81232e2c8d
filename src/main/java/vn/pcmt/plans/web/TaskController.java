package vn.pcmt.plans.web;

import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.plans.internal.TaskReports;
import vn.pcmt.plans.internal.TaskService;
import vn.pcmt.plans.internal.TaskStatus;
import vn.pcmt.plans.internal.TaskUpdateForm;
import vn.pcmt.platform.Attachments;
import vn.pcmt.platform.Forms;

/** The user's tasks (of their agency, or of their province's plans) and their progress reports. */
@Controller
class TaskController {

    private final TaskService tasks;
    private final Forms forms;

    TaskController(TaskService tasks, Forms forms) {
        this.tasks = tasks;
        this.forms = forms;
    }

    @GetMapping("/tasks")
    String mine(Model model) {
        model.addAttribute("tasks", tasks.mine());
        model.addAttribute("taskStatuses", TaskStatus.values());
        return "plans/tasks";
    }

    @PostMapping("/tasks/{id}/report")
    @PreAuthorize("hasAuthority('TASK_UPDATE')")
    String report(
            @PathVariable long id,
            @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) Integer progressPercent,
            @RequestParam(required = false) @Size(max = 4000) String note,
            @RequestParam long version,
            @RequestParam(defaultValue = "/tasks") String back,
            @RequestParam(value = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        String target = back.startsWith("/plans/") || back.equals("/tasks") ? back : "/tasks";
        if (status == null || progressPercent == null || progressPercent < 0 || progressPercent > 100) {
            forms.refused(redirect, "plan.task.reportInvalid");
            return "redirect:" + target;
        }
        String fileName = file == null ? null : file.getOriginalFilename();
        byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
        forms.act(
                redirect,
                () -> tasks.report(id, new TaskUpdateForm(status, progressPercent, note, version), fileName, content),
                "plan.task.reported");
        return "redirect:" + target;
    }

    @GetMapping("/tasks/updates/{updateId}/file")
    ResponseEntity<byte[]> file(@PathVariable long updateId) {
        return download(tasks.file(updateId));
    }

    static ResponseEntity<byte[]> download(TaskReports.File file) {
        return Attachments.inline(file.name(), file.contentType(), file.content());
    }
}
