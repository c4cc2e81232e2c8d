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
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.pcmt.platform.Recorded;
import vn.pcmt.text.VietnameseText;

/**
 * A person in the register. {@code unitId} is the commune that manages the person now; where they lived over
 * time is in {@link Residence}. Never deleted for real: deleted softly, or merged into another record.
 */
@Entity
@Audited
public class Person extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String fullName;

    private String aliases;

    @NotAudited
    private String searchName;

    @NotAudited
    private byte[] sortKey;

    private LocalDate birthDate;

    private int birthYear;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    private String idNumber;

    private String oldIdNumber;

    private String ethnicity;

    private String occupation;

    private Long permanentCommuneId;

    private Long permanentVillageId;

    private String permanentAddress;

    private String familyContact;

    private String officer;

    private long unitId;

    private Long mergedIntoId;

    @Version
    private long version;

    protected Person() {}

    Person(long unitId) {
        this.unitId = unitId;
    }

    void apply(PersonForm form) {
        this.fullName = VietnameseText.normalize(form.fullName());
        this.aliases = VietnameseText.clean(VietnameseText.normalize(form.aliases()));
        this.birthDate = form.dateOfBirth();
        this.birthYear = form.effectiveBirthYear();
        this.sex = form.sex();
        this.idNumber = VietnameseText.clean(form.idNumber());
        this.oldIdNumber = VietnameseText.clean(form.oldIdNumber());
        this.ethnicity = VietnameseText.clean(form.ethnicity());
        this.occupation = VietnameseText.clean(form.occupation());
        this.permanentAddress = VietnameseText.clean(form.permanentAddress());
        this.familyContact = VietnameseText.clean(form.familyContact());
        this.officer = VietnameseText.clean(form.officer());
        this.searchName = VietnameseText.fold(fullName + (aliases == null ? "" : " " + aliases));
        this.sortKey = VietnameseText.sortKey(sortableName(fullName));
    }

    void setPermanentResidence(Long communeId, Long villageId) {
        this.permanentCommuneId = communeId;
        this.permanentVillageId = villageId;
    }

    void manageFrom(long unitId) {
        this.unitId = unitId;
    }

    void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    void mergeInto(long survivorId) {
        this.mergedIntoId = survivorId;
    }

    /** Vietnamese lists sort people by given name (the last word), then the rest: "Nguyễn Văn An" under A. */
    static String sortableName(String fullName) {
        String name = fullName.strip();
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1) + " " + name.substring(0, space);
    }

    String searchName() {
        return searchName;
    }

    byte[] sortKey() {
        return sortKey;
    }

    public boolean isActive() {
        return !isDeleted() && mergedIntoId == null;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getAliases() {
        return aliases;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public int getBirthYear() {
        return birthYear;
    }

    public Sex getSex() {
        return sex;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getOldIdNumber() {
        return oldIdNumber;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public String getOccupation() {
        return occupation;
    }

    public Long getPermanentCommuneId() {
        return permanentCommuneId;
    }

    public Long getPermanentVillageId() {
        return permanentVillageId;
    }

    public String getPermanentAddress() {
        return permanentAddress;
    }

    public String getFamilyContact() {
        return familyContact;
    }

    public String getOfficer() {
        return officer;
    }

    public long getUnitId() {
        return unitId;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public long getVersion() {
        return version;
    }
}
