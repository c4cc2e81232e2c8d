package vn.pcmt.facilities.internal;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.access.Workplaces;
import vn.pcmt.facilities.FacilityRef;

/** The facilities users work at, for the access module (ADR 043). */
@Service
@Transactional(readOnly = true)
class FacilityWorkplaces implements Workplaces {

    private final FacilityRepository facilities;

    FacilityWorkplaces(FacilityRepository facilities) {
        this.facilities = facilities;
    }

    @Override
    public Optional<Workplace> find(long facilityId) {
        return facilities.findById(facilityId).map(FacilityWorkplaces::workplace);
    }

    @Override
    public Optional<Workplace> named(String name) {
        return facilities.findByName(name).map(FacilityWorkplaces::workplace);
    }

    private static Workplace workplace(Facility f) {
        FacilityRef ref = FacilityDirectory.ref(f);
        return new Workplace(
                f.getId(),
                f.getName(),
                f.getCommuneId(),
                ref.rehab(),
                ref.determines(),
                f.getKind() == FacilityKind.SUBSTITUTION_CLINIC,
                f.getValidFrom(),
                f.getValidTo());
    }
}
