package vn.pcmt.people;

import java.time.LocalDate;
import vn.pcmt.people.internal.EpisodeKind;
import vn.pcmt.people.internal.Penal256aWindow;
import vn.pcmt.people.internal.TransferStatus;

/**
 * Something an officer must do about a person, and by (or since) when. A flagged test says which window of art.
 * 256a it fell in and which episode opened it ({@code flag}); a move not presented in time says which move
 * ({@code move}).
 */
public record WorkItem(
        WorkItemKind kind,
        long personId,
        String fullName,
        String communeName,
        LocalDate date,
        FlagOrigin flag,
        MoveDue move) {

    public WorkItem(WorkItemKind kind, long personId, String fullName, String communeName, LocalDate date) {
        this(kind, personId, fullName, communeName, date, null, null);
    }

    WorkItem withDate(LocalDate other) {
        return new WorkItem(kind, personId, fullName, communeName, other, flag, move);
    }

    /** The window of art. 256a and the episode that opened it. */
    public record FlagOrigin(
            Penal256aWindow window,
            long episodeId,
            EpisodeKind episodeKind,
            String episodeForm,
            LocalDate episodeStart) {}

    /**
     * A move whose person has not presented at the new commune: the move, both communes, its date and the deadline
     * to present; {@code incoming} when the caller's jurisdiction is the receiving one.
     */
    public record MoveDue(
            long transferId,
            String fromCommune,
            String toCommune,
            LocalDate moveDate,
            LocalDate deadline,
            TransferStatus status,
            boolean incoming) {}
}
