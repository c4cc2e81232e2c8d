package vn.pcmt.web.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.platform.WorkEntry;

/** The signed-in user's work list as JSON (ADR 047): what the home page lists, paged, grouped with counts. */
@RestController
@Tag(name = "Việc cần làm", description = "The caller's work list: every module's items, grouped with counts")
class WorkListApiController {

    static final int MAX_SIZE = 200;

    private final WorkListing listing;

    WorkListApiController(WorkListing listing) {
        this.listing = listing;
    }

    @GetMapping("/api/v1/work-list")
    @Operation(
            summary = "The caller's work list, paged and grouped",
            description = "Reports due (before they are opened) or late, reports to review, tasks due or overdue,"
                    + " manual figures to enter, review or correct, people's legal and care deadlines, moves to"
                    + " accept: each with the path of the page where it is done. `groups` counts every group (all"
                    + " of them, whatever `group` asks); `items` is one page of the items, of one group when"
                    + " `group` is given, else of all in the groups' order. Late groups come first.")
    WorkListDto workList(
            @Parameter(description = "only this group's items (e.g. REPORT_DUE)") @RequestParam(required = false)
                    String group,
            @Parameter(description = "page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items a page, 1 to 200") @RequestParam(defaultValue = "50") int size) {
        int pageSize = Math.max(1, Math.min(MAX_SIZE, size));
        int pageNumber = Math.max(0, page);
        List<WorkListing.Group> groups = listing.groups();
        List<WorkEntry> all = groups.stream()
                .filter(g -> group == null || group.isBlank() || g.group().equals(group.strip()))
                .flatMap(g -> g.items().stream())
                .toList();
        int from = Math.min(all.size(), pageNumber * pageSize);
        List<ItemDto> items = all.subList(from, Math.min(all.size(), from + pageSize)).stream()
                .map(ItemDto::of)
                .toList();
        return new WorkListDto(
                all.size(),
                pageNumber,
                pageSize,
                (all.size() + pageSize - 1) / pageSize,
                groups.stream()
                        .map(g -> new GroupDto(g.group(), g.label(), g.count(), g.urgent()))
                        .toList(),
                items);
    }

    /** The page: how many items in all (of the group asked), this page, and each group's count. */
    record WorkListDto(int total, int page, int size, int totalPages, List<GroupDto> groups, List<ItemDto> items) {}

    record GroupDto(String group, String label, int count, boolean urgent) {}

    record ItemDto(String group, boolean urgent, String title, String detail, LocalDate date, String href) {
        static ItemDto of(WorkEntry e) {
            return new ItemDto(e.group(), e.urgent(), e.title(), e.detail(), e.date(), e.href());
        }
    }
}
