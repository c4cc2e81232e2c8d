package vn.pcmt.legal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** One version of a rule of law: an amount in a unit, in force over a period, with its source. */
@Entity
@Audited
public class LegalRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private LegalRuleCode code;

    private int amount;

    @Enumerated(EnumType.STRING)
    private DurationUnit unit;

    private LocalDate effectiveFrom;

    private LocalDate effectiveTo;

    private String source;

    private String confidence;

    private boolean confirmed;

    private String note;

    @Version
    private long version;

    protected LegalRule() {}

    LegalRule(LegalRuleCode code, int amount, DurationUnit unit, LocalDate from, String source, String note) {
        this.code = code;
        this.amount = amount;
        this.unit = unit;
        this.effectiveFrom = from;
        this.source = source;
        this.confidence = "HIGH";
        this.confirmed = true;
        this.note = note;
    }

    void endOn(LocalDate lastDay) {
        this.effectiveTo = lastDay;
    }

    /** The date {@code amount unit} after {@code start}: the end of a period or a deadline. */
    public LocalDate addTo(LocalDate start) {
        return switch (unit) {
            case HOURS -> start.plusDays((amount + 23L) / 24);
            case DAYS -> start.plusDays(amount);
            case MONTHS -> start.plusMonths(amount);
            case YEARS -> start.plusYears(amount);
            case WORKING_DAYS -> addWorkingDays(start, amount);
            case COUNT, PER_100000 -> throw new IllegalStateException(code + " is not a duration");
        };
    }

    static LocalDate addWorkingDays(LocalDate start, int days) {
        LocalDate date = start;
        int added = 0;
        while (added < days) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return date;
    }

    public boolean inForceOn(LocalDate date) {
        return !effectiveFrom.isAfter(date) && (effectiveTo == null || !effectiveTo.isBefore(date));
    }

    public Long getId() {
        return id;
    }

    public LegalRuleCode getCode() {
        return code;
    }

    public int getAmount() {
        return amount;
    }

    public DurationUnit getUnit() {
        return unit;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public String getSource() {
        return source;
    }

    public String getConfidence() {
        return confidence;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
