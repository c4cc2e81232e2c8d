package vn.pcmt.people.web;

import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.people.DocumentService;
import vn.pcmt.people.PersonDocument;
import vn.pcmt.platform.RuleViolationException;

/** Attaching, opening and removing the documents of a record from its page. */
@Controller
class DocumentController {

    private final DocumentService documents;
    private final MessageSource messages;

    DocumentController(DocumentService documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    @PostMapping("/people/{id}/documents")
    String attach(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "") String description,
            RedirectAttributes redirect)
            throws IOException {
        var locale = LocaleContextHolder.getLocale();
        try {
            documents.attach(id, file.getOriginalFilename(), file.getBytes(), description);
            redirect.addFlashAttribute("flash", messages.getMessage("document.attached", null, locale));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
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
        redirect.addFlashAttribute(
                "flash", messages.getMessage("document.deleted", null, LocaleContextHolder.getLocale()));
        return "redirect:/people/" + id;
    }

    /** The document itself, never cached by the browser or a proxy. */
    static ResponseEntity<byte[]> download(PersonDocument d) {
        return vn.pcmt.platform.Attachments.inline(d.getFileName(), d.getContentType(), d.content());
    }
}
