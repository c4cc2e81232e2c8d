package vn.pcmt.facilities.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.facilities.Facilities;
import vn.pcmt.facilities.FacilityRef;

/** The facility register as other modules read it (ADR 043); they check jurisdiction themselves. */
@Service
@Transactional(readOnly = true)
class FacilityDirectory implements Facilities {

    private final FacilityRepository facilities;

    FacilityDirectory(FacilityRepository facilities) {
        this.facilities = facilities;
    }

    @Override
    public Optional<FacilityRef> find(long id) {
        return facilities.findById(id).map(FacilityDirectory::ref);
    }

    @Override
    public List<FacilityRef> rehabIn(long unitId, LocalDate day) {
        return facilities.findRehabIn(unitId, day).stream()
                .map(FacilityDirectory::ref)
                .toList();
    }

    static FacilityRef ref(Facility f) {
        return new FacilityRef(
                f.getId(),
                f.getKind().name(),
                f.getName(),
                f.getCommuneId(),
                f.isPublicOwned(),
                f.getValidFrom(),
                f.getValidTo(),
                f.getVoluntaryAdults(),
                f.getVoluntaryMinors(),
                f.getCompulsoryAdults(),
                f.getCompulsoryMinors());
    }
}
