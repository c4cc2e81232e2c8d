package vn.pcmt.people.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import vn.pcmt.text.VietnameseText;

/** Where a person lived over a period. A move closes this row and opens another: the past is never rewritten. */
@Entity
@Table(name = "person_residence")
@Audited
public class Residence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;

    private long communeId;

    private Long villageId;

    private String address;

    private LocalDate validFrom;

    private LocalDate validTo;

    protected Residence() {}

    Residence(long personId, long communeId, Long villageId, String address, LocalDate validFrom) {
        this.personId = personId;
        this.communeId = communeId;
        this.villageId = villageId;
        this.address = VietnameseText.clean(address);
        this.validFrom = validFrom;
    }

    void endOn(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    void correct(Long villageId, String address) {
        this.villageId = villageId;
        this.address = VietnameseText.clean(address);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getCommuneId() {
        return communeId;
    }

    public Long getVillageId() {
        return villageId;
    }

    public String getAddress() {
        return address;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
