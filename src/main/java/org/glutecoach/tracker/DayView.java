package org.glutecoach.tracker;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the today page shows for one day: the day's entry if there is one, the day before (its sitting answers
 * pre-fill a new day), and the week up to the person's today.
 *
 * @param today the person's today, in their time zone
 * @param earliest the first day that may still be filled in late (the day picker's lower bound)
 * @param day the day shown (today, or a day filled in late)
 * @param week the seven days up to today, oldest first; a day with no entry has {@code entry == null}
 */
public record DayView(
        LocalDate today,
        LocalDate earliest,
        LocalDate day,
        @Nullable EntryView entry,
        @Nullable EntryView dayBefore,
        List<WeekDay> week) {

    public DayView {
        week = List.copyOf(week);
    }

    /** One day of the week view. */
    public record WeekDay(LocalDate date, @Nullable EntryView entry) {}

    /** Whether the person's today is logged already (the dashboard card). */
    public boolean todayLogged() {
        return week.stream().anyMatch(d -> d.date().equals(today) && d.entry() != null);
    }
}
