package vn.pcmt.reports.web;

import java.util.List;
import vn.pcmt.reports.internal.DocumentHeading;

/** The page form of a reporter's document heading: the recipients typed one per line. */
public class IssuerForm {

    private String parentBody;
    private String issuingBody;
    private String symbol;
    private String place;
    private String authority;
    private String position;
    private String signer;
    private String recipients;
    private long version;

    static IssuerForm of(DocumentHeading h) {
        IssuerForm f = new IssuerForm();
        f.parentBody = h.parentBody();
        f.issuingBody = h.issuingBody();
        f.symbol = h.symbol();
        f.place = h.place();
        f.authority = h.authority();
        f.position = h.position();
        f.signer = h.signer();
        f.recipients = String.join("\n", h.recipients());
        f.version = h.version();
        return f;
    }

    DocumentHeading heading() {
        List<String> lines = recipients == null ? List.of() : List.of(recipients.split("\\R"));
        return new DocumentHeading(
                parentBody, issuingBody, symbol, place, authority, position, signer, lines, true, version);
    }

    public String getParentBody() {
        return parentBody;
    }

    public void setParentBody(String parentBody) {
        this.parentBody = parentBody;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody;
    }

    public String getSymbol() {
        return symbol;
    }

    public void setSymbol(String symbol) {
        this.symbol = symbol;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
