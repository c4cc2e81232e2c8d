package vn.pcmt.people;

import java.util.Arrays;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;
import vn.pcmt.people.internal.PersonDocumentRepository;
import vn.pcmt.platform.RuleViolationException;

/**
 * Documents of a record. Only PDF, JPEG and PNG, recognised by their first bytes (not by the name the browser
 * sends), at most {@value #MAX_BYTES} bytes. Opening one is a view of a personal record and is logged.
 */
@Service
@Transactional
public class DocumentService {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    private final PersonService people;
    private final PersonDocumentRepository documents;
    private final AccessLog accessLog;
    private final CurrentOfficer officer;

    DocumentService(
            PersonService people, PersonDocumentRepository documents, AccessLog accessLog, CurrentOfficer officer) {
        this.people = people;
        this.documents = documents;
        this.accessLog = accessLog;
        this.officer = officer;
    }

    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public PersonDocument attach(long personId, String fileName, byte[] content, String description) {
        people.visible(personId);
        if (content == null || content.length == 0) {
            throw new RuleViolationException("document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolationException("document.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String type = typeOf(content);
        if (type == null) {
            throw new RuleViolationException("document.type");
        }
        String name = fileName == null || fileName.isBlank() ? "tai-lieu" : fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
        return documents.save(new PersonDocument(
                personId, truncate(name, 200), type, content, truncate(description, 300), officer.username()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public List<PersonDocument> list(long personId) {
        people.visible(personId);
        return documents.findLive(personId);
    }

    /** The document for download; logged as a view of the record. */
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public PersonDocument open(long personId, long documentId) {
        people.visible(personId);
        PersonDocument document = documents
                .findById(documentId)
                .filter(d -> d.getPersonId() == personId && !d.isDeleted())
                .orElseThrow();
        accessLog.record(AccessEventKind.VIEW_PERSONAL_RECORD, "PersonDocument", documentId, "person " + personId);
        return document;
    }

    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public void delete(long personId, long documentId, long version) {
        people.visible(personId);
        PersonDocument document = documents
                .findById(documentId)
                .filter(d -> d.getPersonId() == personId && !d.isDeleted())
                .orElseThrow();
        if (document.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(PersonDocument.class, documentId);
        }
        document.delete(officer.username());
    }

    static String typeOf(byte[] content) {
        if (startsWith(content, PDF)) {
            return "application/pdf";
        }
        if (startsWith(content, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(content, PNG)) {
            return "image/png";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
