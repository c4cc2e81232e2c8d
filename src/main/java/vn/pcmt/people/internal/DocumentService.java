package vn.pcmt.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;
import vn.pcmt.platform.Attachments;
import vn.pcmt.platform.Part;

/**
 * Documents of a record. Only PDF, JPEG and PNG, recognised by their first bytes (not by the name the browser
 * sends), at most {@value #MAX_BYTES} bytes. Opening one is a view of a personal record and is logged.
 */
@Service
@Transactional
public class DocumentService {

    public static final int MAX_BYTES = Attachments.MAX_BYTES;

    private final PersonService people;
    private final PersonDocumentRepository documents;
    private final AccessLog accessLog;
    private final CurrentOfficer officer;
    private final Clock clock;

    DocumentService(
            PersonService people,
            PersonDocumentRepository documents,
            AccessLog accessLog,
            CurrentOfficer officer,
            Clock clock) {
        this.people = people;
        this.documents = documents;
        this.accessLog = accessLog;
        this.officer = officer;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public PersonDocument attach(long personId, String fileName, byte[] content, String description) {
        people.visible(personId);
        String type = Attachments.check(content);
        String name = Attachments.safeName(fileName, "tai-lieu");
        return documents.save(new PersonDocument(
                personId, name, type, content, truncate(description, 300), officer.username(), Instant.now(clock)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public List<PersonDocument> list(long personId) {
        people.viewed(personId, "documents");
        return documents.findLive(personId);
    }

    /** The document for download; logged as a view of the record. */
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public PersonDocument open(long personId, long documentId) {
        people.visible(personId);
        PersonDocument document = Part.live(documents.findById(documentId), personId);
        accessLog.record(AccessEventKind.VIEW_PERSONAL_RECORD, "PersonDocument", documentId, "person " + personId);
        return document;
    }

    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public void delete(long personId, long documentId, long version) {
        people.visible(personId);
        Part.deleteAsRead(documents.findById(documentId), personId, version, officer.username(), Instant.now(clock));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
