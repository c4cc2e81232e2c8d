package vn.pcmt.people.web;

import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.people.internal.DocumentService;
import vn.pcmt.people.internal.PersonDocument;
import vn.pcmt.platform.Forms;

/** Attaching, opening and removing the documents of a record from its page. */
@Controller
class DocumentController {

    private final DocumentService documents;
    private final Forms forms;

    DocumentController(DocumentService documents, Forms forms) {
        this.documents = documents;
        this.forms = forms;
    }

    @PostMapping("/people/{id}/documents")
    String attach(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "") String description,
            RedirectAttributes redirect)
            throws IOException {
        byte[] content = file.getBytes();
        forms.act(
                redirect,
                () -> documents.attach(id, file.getOriginalFilename(), content, description),
                "document.attached");
        return "redirect:/people/" + id;
    }

    @GetMapping("/people/{id}/documents/{documentId}")
    ResponseEntity<byte[]> open(@PathVariable long id, @PathVariable long documentId) {
        return download(documents.open(id, documentId));
    }

    @PostMapping("/people/{id}/documents/{documentId}/delete")
    String delete(
            @PathVariable long id,
            @PathVariable long documentId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        documents.delete(id, documentId, version);
        forms.success(redirect, "document.deleted");
        return "redirect:/people/" + id;
    }

    /** The document itself, never cached by the browser or a proxy. */
    static ResponseEntity<byte[]> download(PersonDocument d) {
        return vn.pcmt.platform.Attachments.inline(d.getFileName(), d.getContentType(), d.content());
    }
}
