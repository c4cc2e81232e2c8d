package vn.pcmt.people.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/**
 * A dated event: a drug test (kit, substances, result), a check-in, a home visit, or a service received.
 * {@code flag256a}: a positive test inside a window of Penal Code art. 256a, for the investigator, with the window
 * and the episode that opened it.
 */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
public class PersonEvent extends SoftDeleted implements PersonPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    private LocalDate eventDate;

    private long unitId;

    private String testKit;

    private String substances;

    @Enumerated(EnumType.STRING)
    private TestResult result;

    @Enumerated(EnumType.STRING)
    private ServiceKind service;

    private String provider;

    private String note;

    @jakarta.persistence.Column(name = "flag_256a")
    private boolean flag256a;

    @jakarta.persistence.Column(name = "flag_256a_window")
    @Enumerated(EnumType.STRING)
    private Penal256aWindow flag256aWindow;

    @jakarta.persistence.Column(name = "flag_256a_episode_id")
    private Long flag256aEpisodeId;

    private String officer;

    @Version
    private long version;

    protected PersonEvent() {}

    PersonEvent(long personId, long unitId, EventForm form, Optional<Penal256a.Flag> flag, String officer) {
        this.personId = personId;
        this.unitId = unitId;
        this.kind = form.kind();
        this.eventDate = form.date();
        this.testKit = VietnameseText.clean(form.testKit());
        this.substances = VietnameseText.clean(form.substances());
        this.result = form.result();
        this.service = form.service();
        this.provider = VietnameseText.clean(form.provider());
        this.note = VietnameseText.clean(form.note());
        this.officer = officer;
        reflag(flag);
    }

    /** Sets the art. 256a flag as computed now; true when it changed. */
    boolean reflag(Optional<Penal256a.Flag> flag) {
        Penal256aWindow window = flag.map(Penal256a.Flag::window).orElse(null);
        Long episodeId = flag.map(f -> f.episode().getId()).orElse(null);
        if (flag256a == flag.isPresent() && flag256aWindow == window && Objects.equals(flag256aEpisodeId, episodeId)) {
            return false;
        }
        this.flag256a = flag.isPresent();
        this.flag256aWindow = window;
        this.flag256aEpisodeId = episodeId;
        return true;
    }

    /** Moves the row to the record a duplicate was merged into; Envers keeps where it was. */
    void reassign(long survivorId) {
        this.personId = survivorId;
    }

    @Override
    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public EventKind getKind() {
        return kind;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getTestKit() {
        return testKit;
    }

    public String getSubstances() {
        return substances;
    }

    public TestResult getResult() {
        return result;
    }

    public ServiceKind getService() {
        return service;
    }

    public String getProvider() {
        return provider;
    }

    public String getNote() {
        return note;
    }

    public boolean isFlag256a() {
        return flag256a;
    }

    /** The window of art. 256a the test fell in, when flagged. */
    public Penal256aWindow getFlag256aWindow() {
        return flag256aWindow;
    }

    /** The episode that opened that window, when flagged. */
    public Long getFlag256aEpisodeId() {
        return flag256aEpisodeId;
    }

    public String getOfficer() {
        return officer;
    }

    public long getVersion() {
        return version;
    }
}
