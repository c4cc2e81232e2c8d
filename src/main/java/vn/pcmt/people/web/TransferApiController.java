package vn.pcmt.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.people.internal.Transfer;
import vn.pcmt.people.internal.TransferForm;
import vn.pcmt.people.internal.TransferService;
import vn.pcmt.people.internal.TransferView;

/** Moves between communes for other systems. */
@RestController
@Tag(name = "Chuyển nơi ở", description = "A person moves; the receiving commune accepts")
class TransferApiController {

    private final TransferService transfers;

    TransferApiController(TransferService transfers) {
        this.transfers = transfers;
    }

    @PostMapping("/api/v1/people/{id}/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask to move a person to another commune from a date")
    Transfer request(@PathVariable long id, @Valid @RequestBody TransferForm form) {
        return transfers.request(id, form);
    }

    @GetMapping("/api/v1/transfers")
    @Operation(summary = "Pending moves into or out of the caller's jurisdiction")
    List<TransferView> pending() {
        return transfers.pending();
    }

    @PostMapping("/api/v1/transfers/{id}/accept")
    @Operation(summary = "The receiving commune accepts: residences and the managing commune change from the move date")
    Transfer accept(@PathVariable long id, @RequestParam long version) {
        return transfers.accept(id, version);
    }

    @PostMapping("/api/v1/transfers/{id}/reject")
    Transfer reject(@PathVariable long id, @RequestParam long version) {
        return transfers.reject(id, version);
    }

    @PostMapping("/api/v1/transfers/{id}/cancel")
    Transfer cancel(@PathVariable long id, @RequestParam long version) {
        return transfers.cancel(id, version);
    }
}
