package vn.pcmt.platform;

import java.util.Arrays;

/**
 * The one rule for files users attach (decisions, test slips, evidence): PDF, JPEG or PNG recognised by their first
 * bytes (not by what the browser says), at most {@value #MAX_BYTES} bytes, with a name safe to send back.
 */
public final class Attachments {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    private Attachments() {}

    /** The content type of an acceptable file; refuses an empty, too large or unknown one with the reason. */
    public static String check(byte[] content) {
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
        return type;
    }

    /** PDF, JPEG or PNG by the first bytes; null for anything else. */
    public static String typeOf(byte[] content) {
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

    /** A file name without path separators, quotes or line breaks, at most 200 characters. */
    public static String safeName(String fileName, String fallback) {
        String name = fileName == null || fileName.isBlank() ? fallback : fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
        return name.length() <= 200 ? name : name.substring(0, 200);
    }

    /** An attached file served back: shown inline under its own name, never cached, never sniffed. */
    public static org.springframework.http.ResponseEntity<byte[]> inline(
            String fileName, String contentType, byte[] content) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(contentType))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.inline()
                                .filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(org.springframework.http.HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }
}
