package org.glutecoach.timer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.glutecoach.timer.ChangeTimerSettings;
import org.glutecoach.timer.InvalidTimerInput;
import org.junit.jupiter.api.Test;

/** Timer settings: the dosage sheet's defaults, and every rule on a change, named per field. */
class BreakScheduleTests {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static ChangeTimerSettings nights() {
        return new ChangeTimerSettings(
                45, 3, "22:00", "02:00", Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), true, false);
    }

    @Test
    void theDefaultsAreEveryThirtyMinutesForTwoMinutesInOfficeHours() {
        var view = BreakSchedule.defaults(UUID.randomUUID()).view(LONDON);
        assertThat(view.intervalMinutes()).isEqualTo(30);
        assertThat(view.breakMinutes()).isEqualTo(2);
        assertThat(view.workStart()).isEqualTo("09:00");
        assertThat(view.workEnd()).isEqualTo("17:30");
        assertThat(view.workDays())
                .containsExactly(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(view.saved()).isFalse();
        assertThat(view.timeZone()).isEqualTo("Europe/London");
    }

    @Test
    void aChangeReplacesEverySettingAndHoursMayGoPastMidnight() {
        var schedule = BreakSchedule.defaults(UUID.randomUUID());
        schedule.change(nights());
        var view = schedule.view(LONDON);
        assertThat(view.intervalMinutes()).isEqualTo(45);
        assertThat(view.breakMinutes()).isEqualTo(3);
        assertThat(view.workStart()).isEqualTo("22:00");
        assertThat(view.workEnd()).isEqualTo("02:00");
        assertThat(view.workDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
        assertThat(view.sound()).isTrue();
        assertThat(view.notifications()).isFalse();
        assertThat(schedule.workingHours().pastMidnight()).isTrue();
    }

    @Test
    void eachBrokenRuleIsNamedOnItsFieldAndNothingChanges() {
        var schedule = BreakSchedule.defaults(UUID.randomUUID());
        assertThatThrownBy(() -> schedule.change(new ChangeTimerSettings(14, 11, "9am", "", Set.of(), null, null)))
                .isInstanceOfSatisfying(
                        InvalidTimerInput.class,
                        invalid -> assertThat(invalid.messageKeysByField())
                                .containsEntry("intervalMinutes", "timer.error.intervalMinutes.range")
                                .containsEntry("breakMinutes", "timer.error.breakMinutes.range")
                                .containsEntry("workStart", "timer.error.time")
                                .containsEntry("workEnd", "timer.error.required")
                                .containsEntry("workDays", "timer.error.no-days")
                                .containsEntry("sound", "timer.error.required")
                                .containsEntry("notifications", "timer.error.required"));
        assertThatThrownBy(() -> schedule.change(
                        new ChangeTimerSettings(91, 0, "08:00", "08:00", EnumSet.of(DayOfWeek.MONDAY), true, true)))
                .isInstanceOfSatisfying(
                        InvalidTimerInput.class,
                        invalid -> assertThat(invalid.messageKeysByField())
                                .containsOnlyKeys("intervalMinutes", "breakMinutes", "workEnd")
                                .containsEntry("workEnd", "timer.error.same-time"));
        assertThat(schedule.view(LONDON).intervalMinutes()).isEqualTo(30);
        assertThat(schedule.view(LONDON).workStart()).isEqualTo("09:00");
    }

    @Test
    void theLimitsThemselvesAreAllowed() {
        var schedule = BreakSchedule.defaults(UUID.randomUUID());
        schedule.change(new ChangeTimerSettings(15, 1, "00:00", "23:59", EnumSet.of(DayOfWeek.MONDAY), false, false));
        assertThat(schedule.view(LONDON).intervalMinutes()).isEqualTo(15);
        schedule.change(new ChangeTimerSettings(90, 10, "07:30", "16:00", EnumSet.of(DayOfWeek.MONDAY), false, true));
        assertThat(schedule.view(LONDON).breakMinutes()).isEqualTo(10);
    }

    @Test
    void workingHoursMustNotStartAndEndAtTheSameTime() {
        assertThatThrownBy(() -> new WorkingHours(LocalTime.NOON, LocalTime.NOON, Set.of(DayOfWeek.MONDAY)))
                .isInstanceOf(IllegalArgumentException.class);
        var office = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of(DayOfWeek.MONDAY));
        assertThat(office.pastMidnight()).isFalse();
        assertThat(office.startingOn(java.time.LocalDate.of(2026, 12, 8), LONDON))
                .as("a Tuesday")
                .isEmpty();
    }
}
