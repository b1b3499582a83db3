package org.glutecoach.tracker.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.glutecoach.tracker.EntryView;
import org.glutecoach.tracker.SittingHabit;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One person's log for one of their days. Answers replace each other as a whole when the person saves; a routine
 * only ever adds that release or activation was done (and the ratings it asked for), never undoes an answer.
 */
@Table("tracker_entries")
public class Entry {

    private final @Id UUID id;
    private final UUID accountId;
    private final LocalDate entryDate;
    private @Nullable Integer halfHoursSitting;
    private @Nullable Integer longestSpellMinutes;
    private @Nullable Integer breaks;
    private @Nullable Integer sorenessLeft;
    private @Nullable Integer sorenessRight;
    private @Nullable Integer sorenessMiddle;
    private boolean spasms;
    /** The sitting habits, as their names joined by commas (a set of a few fixed words). */
    private String sitting;

    private boolean releaseDone;
    private boolean activationDone;
    private @Nullable Integer activationLeft;
    private @Nullable Integer activationRight;
    private @Nullable String note;
    private @Version @Nullable Long version;
    private @CreatedDate @Nullable Instant createdAt;
    private @LastModifiedDate @Nullable Instant updatedAt;

    @PersistenceCreator
    Entry(
            UUID id,
            UUID accountId,
            LocalDate entryDate,
            @Nullable Integer halfHoursSitting,
            @Nullable Integer longestSpellMinutes,
            @Nullable Integer breaks,
            @Nullable Integer sorenessLeft,
            @Nullable Integer sorenessRight,
            @Nullable Integer sorenessMiddle,
            boolean spasms,
            String sitting,
            boolean releaseDone,
            boolean activationDone,
            @Nullable Integer activationLeft,
            @Nullable Integer activationRight,
            @Nullable String note,
            @Nullable Long version,
            @Nullable Instant createdAt,
            @Nullable Instant updatedAt) {
        this.id = id;
        this.accountId = accountId;
        this.entryDate = entryDate;
        this.halfHoursSitting = halfHoursSitting;
        this.longestSpellMinutes = longestSpellMinutes;
        this.breaks = breaks;
        this.sorenessLeft = sorenessLeft;
        this.sorenessRight = sorenessRight;
        this.sorenessMiddle = sorenessMiddle;
        this.spasms = spasms;
        this.sitting = sitting;
        this.releaseDone = releaseDone;
        this.activationDone = activationDone;
        this.activationLeft = activationLeft;
        this.activationRight = activationRight;
        this.note = note;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** An empty day, to be filled in by {@link #answer} or {@link #markRoutine}. */
    public static Entry startDay(UUID accountId, LocalDate day) {
        return new Entry(
                UUID.randomUUID(),
                accountId,
                day,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                "",
                false,
                false,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The person's answers for the day replace the ones before, in full. */
    public void answer(EntryValues values) {
        halfHoursSitting = values.halfHoursSitting();
        longestSpellMinutes = values.longestSpellMinutes();
        breaks = values.breaks();
        sorenessLeft = values.sorenessLeft();
        sorenessRight = values.sorenessRight();
        sorenessMiddle = values.sorenessMiddle();
        spasms = values.spasms();
        sitting = values.sitting().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        releaseDone = values.releaseDone();
        activationDone = values.activationDone();
        note = values.note();
    }

    /**
     * A routine session ended on this day: what it did is marked done, and a side's activation rating is kept
     * when the routine asked for it. Marking the same session twice changes nothing more.
     */
    public void markRoutine(boolean release, boolean activation, @Nullable Integer left, @Nullable Integer right) {
        releaseDone |= release;
        activationDone |= activation;
        if (left != null && left >= 0 && left <= 10) {
            activationLeft = left;
        }
        if (right != null && right >= 0 && right <= 10) {
            activationRight = right;
        }
    }

    /**
     * Whether the person answered for this day themselves (how long they sat, or how sore a side was), not only
     * what the routines or the desk timer filled in for them: a day with only those still wants its reminder.
     */
    public boolean answeredByThePerson() {
        return halfHoursSitting != null
                || longestSpellMinutes != null
                || sorenessLeft != null
                || sorenessRight != null
                || sorenessMiddle != null
                || spasms
                || !sitting.isEmpty()
                || (note != null && !note.isEmpty());
    }

    /**
     * The desk timer counted this many breaks on the day: kept when it is more than the day shows, so a count the
     * person typed in themselves is never lowered. Whether the entry changed.
     */
    public boolean countBreaks(int counted) {
        var capped = Math.min(counted, EntryValues.MOST_BREAKS);
        if (breaks != null && breaks >= capped) {
            return false;
        }
        breaks = capped;
        return true;
    }

    public boolean isNew() {
        return version == null;
    }

    public LocalDate day() {
        return entryDate;
    }

    public Set<SittingHabit> habits() {
        var habits = EnumSet.noneOf(SittingHabit.class);
        Arrays.stream(sitting.split(","))
                .filter(name -> !name.isBlank())
                .map(SittingHabit::valueOf)
                .forEach(habits::add);
        return habits;
    }

    public EntryView view() {
        return new EntryView(
                entryDate,
                halfHoursSitting == null ? null : halfHoursSitting / 2.0,
                longestSpellMinutes,
                breaks,
                sorenessLeft,
                sorenessRight,
                sorenessMiddle,
                spasms,
                List.copyOf(habits()),
                releaseDone,
                activationDone,
                activationLeft,
                activationRight,
                note);
    }
}
