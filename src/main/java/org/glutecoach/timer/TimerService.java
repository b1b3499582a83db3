package org.glutecoach.timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.shared.DefaultTimeZone;
import org.glutecoach.timer.domain.BreakEvent;
import org.glutecoach.timer.domain.BreakEvents;
import org.glutecoach.timer.domain.BreakSchedule;
import org.glutecoach.timer.domain.BreakSchedules;
import org.glutecoach.timer.domain.BreakStatistics;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rest of the application may ask of the desk break timer: a person's settings, recording the events
 * their browser queued, and statistics of them. Every method is scoped to one account. Timer events are not health
 * data (they say when someone got up), so keeping them needs no consent; the tracker asks for its own.
 */
@Service
@Transactional
public class TimerService {

    /** An event may be a little in the future of our clock (the device's clock may run ahead), no more. */
    public static final Duration CLOCK_SLACK = Duration.ofMinutes(5);
    /** Older events are ignored: a device offline longer than this sends what no longer matters to anyone. */
    public static final Duration ACCEPTED_FOR = Duration.ofDays(30);
    /** The most events in one request: a month of a full working day's breaks fits, with room to spare. */
    public static final int MOST_EVENTS = 1000;
    /** The longest range of statistics asked for at once. */
    public static final int MOST_DAYS = 366;

    private final BreakSchedules schedules;
    private final BreakEvents events;
    private final IdentityService identity;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    TimerService(
            BreakSchedules schedules,
            BreakEvents events,
            IdentityService identity,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.schedules = schedules;
        this.events = events;
        this.identity = identity;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The person's settings, or the defaults (every 30 minutes, 2-minute breaks, 09:00-17:30 Monday-Friday). */
    @Transactional(readOnly = true)
    public TimerSettingsView settings(AccountId who) {
        return schedule(who).view(zoneOf(who));
    }

    /** The settings of someone not signed in, before they change them on their device. */
    @Transactional(readOnly = true)
    public TimerSettingsView defaultSettings() {
        return BreakSchedule.defaults(new UUID(0, 0)).view(DefaultTimeZone.ZONE);
    }

    /**
     * Replaces the person's settings.
     *
     * @throws InvalidTimerInput naming each field that is missing or out of range; nothing is stored
     */
    public TimerSettingsView changeSettings(AccountId who, ChangeTimerSettings wanted) {
        var schedule = schedule(who);
        schedule.change(wanted);
        return schedules.save(schedule).view(zoneOf(who));
    }

    /**
     * Stores each event the browser sent once: an id already stored (the same event sent again, also at the same
     * moment) is ignored, as is an event older than {@link #ACCEPTED_FOR}, so an offline queue can always be
     * emptied. For each day with new breaks, publishes {@link BreaksCounted} with that day's count.
     *
     * @throws InvalidTimerInput for a list that is empty or too long, or an event without an id, an unknown kind,
     *         or a time later than now (give or take {@link #CLOCK_SLACK}); nothing is stored then
     */
    public RecordedBreaks recordBreaks(AccountId who, List<RecordBreak> sent) {
        var now = clock.instant();
        var checked = checked(who, sent, now);
        var zone = zoneOf(who);
        var days = new TreeSet<LocalDate>();
        int recorded = 0;
        int tooOld = 0;
        for (var event : checked) {
            if (event.happenedAt().isBefore(now.minus(ACCEPTED_FOR))) {
                tooOld++;
            } else if (events.storeIfNew(event.id(), who.value(), event.kind().name(), event.happenedAt(), now) == 1) {
                recorded++;
                if (event.kind().isBreak()) {
                    days.add(LocalDate.ofInstant(event.happenedAt(), zone));
                }
            }
        }
        for (var day : days) {
            publisher.publishEvent(new BreaksCounted(who, day, breaksOn(who, day, zone)));
        }
        return new RecordedBreaks(recorded, checked.size() - recorded - tooOld, tooOld);
    }

    /**
     * The figures of the person's days from one to another, both included (the last 7 days up to today when
     * either is missing).
     *
     * @throws InvalidTimerInput on {@code from} when it is after {@code to} or the range is over {@link #MOST_DAYS}
     */
    @Transactional(readOnly = true)
    public TimerStatsView stats(AccountId who, @Nullable LocalDate from, @Nullable LocalDate to) {
        var zone = zoneOf(who);
        var now = clock.instant();
        if ((from != null && outOfReach(from)) || (to != null && outOfReach(to))) {
            throw new InvalidTimerInput(Map.of(from != null && outOfReach(from) ? "from" : "to", "timer.error.range"));
        }
        var last = to == null ? LocalDate.ofInstant(now, zone) : to;
        var first = from == null ? last.minusDays(6) : from;
        if (first.isAfter(last) || first.plusDays(MOST_DAYS).isBefore(last.plusDays(1))) {
            throw new InvalidTimerInput(Map.of("from", "timer.error.range"));
        }
        var happened = events.during(who.value(), startOf(first, zone), startOf(last.plusDays(2), zone));
        return BreakStatistics.of(happened, schedule(who).workingHours(), zone, first, last, now);
    }

    /**
     * A day no timer event can have happened on: before 1900 or after 9999. The date arithmetic of a period (a week
     * back, a day on) would otherwise run off the end of the calendar for a day like -999999999-01-01.
     */
    private static boolean outOfReach(LocalDate day) {
        return day.getYear() < 1900 || day.getYear() > 9999;
    }

    /** Every event of the person, oldest first (for their data export). */
    @Transactional(readOnly = true)
    public List<TimerEventView> events(AccountId who) {
        return events.findByAccountIdOrderByHappenedAt(who.value()).stream()
                .map(BreakEvent::view)
                .toList();
    }

    private BreakSchedule schedule(AccountId who) {
        return schedules.findById(who.value()).orElseGet(() -> BreakSchedule.defaults(who.value()));
    }

    private int breaksOn(AccountId who, LocalDate day, ZoneId zone) {
        return (int) events.during(who.value(), startOf(day, zone), startOf(day.plusDays(1), zone)).stream()
                .filter(event -> event.kind().isBreak())
                .count();
    }

    private ZoneId zoneOf(AccountId who) {
        return identity.account(who).timeZone();
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static List<BreakEvent> checked(AccountId who, List<RecordBreak> sent, Instant now) {
        var errors = new LinkedHashMap<String, String>();
        if (sent.isEmpty()) {
            errors.put("events", "timer.error.no-events");
        } else if (sent.size() > MOST_EVENTS) {
            errors.put("events", "timer.error.too-many-events");
        }
        var checked = new ArrayList<BreakEvent>();
        for (var i = 0; i < sent.size() && i < MOST_EVENTS; i++) {
            var event = sent.get(i);
            if (event == null) {
                // A JSON list may hold a null: an event with nothing in it, named like any other missing part.
                errors.put("[" + i + "]", "timer.error.required");
                continue;
            }
            var kind = event.kind() == null
                    ? null
                    : BreakKind.fromApiName(event.kind()).orElse(null);
            var at = event.at();
            UUID id = event.id();
            if (id == null) {
                errors.put("[" + i + "].id", "timer.error.required");
            }
            if (kind == null) {
                errors.put("[" + i + "].kind", "timer.error.kind");
            }
            if (at == null) {
                errors.put("[" + i + "].at", "timer.error.required");
            } else if (at.isAfter(now.plus(CLOCK_SLACK))) {
                errors.put("[" + i + "].at", "timer.error.future");
            }
            if (id != null && kind != null && at != null) {
                checked.add(BreakEvent.of(id, who.value(), kind, at, now));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidTimerInput(errors);
        }
        return checked;
    }
}
