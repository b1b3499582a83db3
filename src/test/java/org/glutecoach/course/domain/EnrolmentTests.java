package org.glutecoach.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.glutecoach.course.EnrolmentChangeNotAllowed;
import org.glutecoach.course.SelfCheckNeededFirst;
import org.glutecoach.course.domain.Enrolment.Delivery;
import org.glutecoach.course.domain.Enrolment.PauseReason;
import org.glutecoach.course.domain.Enrolment.Status;
import org.glutecoach.shared.GluteCoachException;
import org.junit.jupiter.api.Test;

/**
 * Every move of the course's state machine on the {@link Enrolment} aggregate, legal and illegal, and the
 * summer-time rule: a lesson comes at the person's local time whatever the clocks do.
 */
class EnrolmentTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalTime HALF_SEVEN = LocalTime.of(7, 30);
    private static final Instant THURSDAY = Instant.parse("2026-11-19T10:00:00Z");
    private static final int DAYS = 7;
    private static final UUID ACCOUNT = UUID.randomUUID();

    @Test
    void aNewEnrolmentWaitsForItsLinkAndConfirmingSendsDayOneAtOnce() {
        var enrolment = pending();
        assertThat(enrolment.status()).isEqualTo(Status.PENDING);
        assertThat(enrolment.unlocked(1, THURSDAY)).isFalse();
        assertThat(enrolment.lessonDue(THURSDAY))
                .as("nothing before the link is followed")
                .isFalse();

        enrolment.confirm(THURSDAY);
        assertThat(enrolment.status()).isEqualTo(Status.ACTIVE);
        assertThat(enrolment.delivery()).isEqualTo(Delivery.DAILY);
        assertThat(enrolment.startDate()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(enrolment.nextDay()).isOne();
        assertThat(enrolment.nextDueAt()).isEqualTo(THURSDAY);
        assertThat(enrolment.lessonDue(THURSDAY)).isTrue();
        assertThat(enrolment.opensAt(2, THURSDAY)).isEqualTo(ZonedDateTime.of(2026, 11, 20, 7, 30, 0, 0, LONDON));
    }

    @Test
    void aPendingEnrolmentMayGetANewLinkButNoOtherMay() {
        var enrolment = pending();
        enrolment.newConfirmToken("another");
        enrolment.confirm(THURSDAY);
        assertThatThrownBy(() -> enrolment.newConfirmToken("again")).isInstanceOf(EnrolmentChangeNotAllowed.class);
    }

    @Test
    void pausingHoldsTheNextLessonAndCarryingOnSendsItAtTheNextChosenTime() {
        var enrolment = active();
        enrolment.lessonSent(DAYS);
        enrolment.pause(THURSDAY.plusSeconds(60));
        assertThat(enrolment.status()).isEqualTo(Status.PAUSED);
        assertThat(enrolment.pauseReason()).isEqualTo(PauseReason.PERSON);
        assertThat(enrolment.nextDueAt()).isNull();
        assertThat(enrolment.opensAt(2, THURSDAY))
                .as("nothing opens by itself while paused")
                .isNull();
        assertThat(enrolment.unlocked(1, THURSDAY))
                .as("what was sent stays open")
                .isTrue();

        var monday = Instant.parse("2026-11-23T09:00:00Z");
        enrolment.carryOn(monday, false);
        assertThat(enrolment.status()).isEqualTo(Status.ACTIVE);
        assertThat(enrolment.pauseReason()).isNull();
        assertThat(enrolment.nextDueAt())
                .as("the next 07:30, not at once")
                .isEqualTo(ZonedDateTime.of(2026, 11, 24, 7, 30, 0, 0, LONDON).toInstant());
    }

    @Test
    void startingAgainIsANewRoundFromDayOneAtOnce() {
        var enrolment = active();
        enrolment.lessonSent(DAYS);
        enrolment.lessonSent(DAYS);
        enrolment.restart(THURSDAY.plusSeconds(3600), false);
        assertThat(enrolment.round()).isEqualTo(2);
        assertThat(enrolment.nextDay()).isOne();
        assertThat(enrolment.nextDueAt()).isEqualTo(THURSDAY.plusSeconds(3600));
        assertThat(enrolment.status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void allAtOnceOpensEveryLessonAndSendsNoMore() {
        var enrolment = active();
        enrolment.pause(THURSDAY);
        enrolment.openAllAtOnce(false);
        assertThat(enrolment.status()).isEqualTo(Status.ACTIVE);
        assertThat(enrolment.delivery()).isEqualTo(Delivery.ALL_AT_ONCE);
        assertThat(enrolment.nextDueAt()).isNull();
        assertThat(enrolment.lessonDue(THURSDAY.plusSeconds(86_400 * 3))).isFalse();
        for (var day = 1; day <= DAYS; day++) {
            assertThat(enrolment.unlocked(day, THURSDAY)).isTrue();
        }
    }

    @Test
    void stoppingWorksFromEveryStateAndEndsTheConfirmationLinkToo() {
        for (var state : states().entrySet()) {
            var enrolment = state.getValue().get();
            enrolment.stop();
            assertThat(enrolment.status()).as(state.getKey()).isEqualTo(Status.UNSUBSCRIBED);
            assertThat(enrolment.nextDueAt()).as(state.getKey()).isNull();
            assertThat(enrolment.lessonDue(THURSDAY.plusSeconds(86_400 * 3)))
                    .as(state.getKey())
                    .isFalse();
        }
    }

    @Test
    void everyMoveTheRulesDoNotAllowIsATypedFailureAndChangesNothing() {
        Map<String, Consumer<Enrolment>> moves = Map.of(
                "confirm", e -> e.confirm(THURSDAY),
                "pause", e -> e.pause(THURSDAY),
                "carry on", e -> e.carryOn(THURSDAY, true),
                "restart", e -> e.restart(THURSDAY, true),
                "all at once", e -> e.openAllAtOnce(true),
                "lesson sent", e -> e.lessonSent(DAYS));
        Map<String, List<String>> allowed = Map.of(
                "pending", List.of("confirm"),
                "active", List.of("pause", "restart", "all at once", "lesson sent"),
                "paused", List.of("carry on", "restart", "all at once"),
                "all at once", List.of("pause", "restart", "all at once"),
                "finished", List.of("restart"),
                "stopped", List.of());
        var illegal = new ArrayList<String>();
        states().forEach((state, make) -> moves.forEach((move, apply) -> {
            var enrolment = make.get();
            if (allowed.get(state).contains(move)) {
                apply.accept(enrolment);
                return;
            }
            var before = snapshot(enrolment);
            assertThatThrownBy(() -> apply.accept(enrolment))
                    .as(move + " when " + state)
                    .isInstanceOf(EnrolmentChangeNotAllowed.class)
                    .isInstanceOf(GluteCoachException.class);
            assertThat(snapshot(enrolment))
                    .as(move + " when " + state + " changes nothing")
                    .isEqualTo(before);
            illegal.add(move + " when " + state);
        }));
        assertThat(illegal).as("each state has moves it refuses").hasSize(36 - 12);
    }

    @Test
    void anEmergencyOrUrgentScreenPausesACourseUnderWayUntilTheSelfCheckIsPassedAgain() {
        var enrolment = active();
        var shown = THURSDAY.plusSeconds(600);
        assertThat(enrolment.pauseForRedFlag(ACCOUNT, shown)).isTrue();
        assertThat(enrolment.status()).isEqualTo(Status.PAUSED);
        assertThat(enrolment.pauseReason()).isEqualTo(PauseReason.RED_FLAG);
        assertThat(enrolment.pausedAt()).isEqualTo(shown);
        assertThat(enrolment.pausedAccountId()).isEqualTo(ACCOUNT);
        assertThat(enrolment.waitsForTheSelfCheck()).isTrue();
        assertThat(enrolment.lessonDue(shown.plusSeconds(86_400 * 2))).isFalse();

        var later = shown.plusSeconds(86_400);
        assertThatThrownBy(() -> enrolment.carryOn(later, false))
                .isInstanceOf(SelfCheckNeededFirst.class)
                .isInstanceOf(GluteCoachException.class);
        assertThatThrownBy(() -> enrolment.restart(later, false)).isInstanceOf(SelfCheckNeededFirst.class);
        assertThatThrownBy(() -> enrolment.openAllAtOnce(false)).isInstanceOf(SelfCheckNeededFirst.class);
        assertThat(enrolment.status()).as("still paused").isEqualTo(Status.PAUSED);

        enrolment.carryOn(later, true);
        assertThat(enrolment.status()).isEqualTo(Status.ACTIVE);
        assertThat(enrolment.waitsForTheSelfCheck()).isFalse();
        assertThat(enrolment.pausedAt()).isNull();
    }

    @Test
    void aRedFlagOutranksThePersonsOwnPauseAndKeepsTheLatestScreen() {
        var enrolment = active();
        enrolment.pause(THURSDAY);
        var first = THURSDAY.plusSeconds(60);
        assertThat(enrolment.pauseForRedFlag(ACCOUNT, first)).isTrue();
        assertThat(enrolment.pauseReason()).isEqualTo(PauseReason.RED_FLAG);
        enrolment.pauseForRedFlag(ACCOUNT, first.plusSeconds(60));
        assertThat(enrolment.pausedAt())
                .as("passing must come after the latest screen")
                .isEqualTo(first.plusSeconds(60));
        enrolment.pauseForRedFlag(ACCOUNT, first.minusSeconds(30));
        assertThat(enrolment.pausedAt())
                .as("an older screen never moves it back")
                .isEqualTo(first.plusSeconds(60));
    }

    @Test
    void aRedFlagLeavesAStoppedCourseAsItIs() {
        var enrolment = states().get("stopped").get();
        var before = snapshot(enrolment);
        assertThat(enrolment.pauseForRedFlag(ACCOUNT, THURSDAY)).isFalse();
        assertThat(snapshot(enrolment)).isEqualTo(before);
    }

    @Test
    void aRedFlagBeforeTheLinkIsFollowedLeavesTheConfirmedCoursePausedUntilTheSelfCheckIsPassed() {
        var enrolment = pending();
        assertThat(enrolment.pauseForRedFlag(ACCOUNT, THURSDAY)).isTrue();
        assertThat(enrolment.status()).as("still waiting for its link").isEqualTo(Status.PENDING);

        var later = THURSDAY.plusSeconds(3600);
        enrolment.confirm(later);
        assertThat(enrolment.status()).isEqualTo(Status.PAUSED);
        assertThat(enrolment.waitsForTheSelfCheck()).isTrue();
        assertThat(enrolment.pausedAt()).isEqualTo(THURSDAY);
        assertThat(enrolment.pausedAccountId()).isEqualTo(ACCOUNT);
        assertThat(enrolment.lessonDue(later)).as("no day 1 mail").isFalse();
        assertThat(enrolment.unlocked(1, false, later)).isFalse();
        assertThatThrownBy(() -> enrolment.carryOn(later, false)).isInstanceOf(SelfCheckNeededFirst.class);

        enrolment.carryOn(later, true);
        assertThat(enrolment.status()).isEqualTo(Status.ACTIVE);
        assertThat(enrolment.waitsForTheSelfCheck()).isFalse();
    }

    @Test
    void aScreenShownToNoAccountPausesAndAPendingOneStaysPausedOnceConfirmed() {
        var running = active();
        assertThat(running.pauseForRedFlag(null, THURSDAY)).isTrue();
        assertThat(running.status()).isEqualTo(Status.PAUSED);
        assertThat(running.waitsForTheSelfCheck()).isTrue();
        assertThat(running.pausedAccountId())
                .as("nobody in particular must pass")
                .isNull();

        var waiting = pending();
        assertThat(waiting.pauseForRedFlag(null, THURSDAY)).isTrue();
        waiting.confirm(THURSDAY.plusSeconds(60));
        assertThat(waiting.status()).isEqualTo(Status.PAUSED);
        assertThat(waiting.waitsForTheSelfCheck()).isTrue();
    }

    @Test
    void theLatestScreenDecidesWhoMustPassAndAnOlderOneShownToNoAccountChangesNothing() {
        var enrolment = active();
        enrolment.pauseForRedFlag(ACCOUNT, THURSDAY);
        enrolment.pauseForRedFlag(null, THURSDAY.minusSeconds(60));
        assertThat(enrolment.pausedAccountId()).isEqualTo(ACCOUNT);
        assertThat(enrolment.pausedAt()).isEqualTo(THURSDAY);

        enrolment.pauseForRedFlag(null, THURSDAY.plusSeconds(60));
        assertThat(enrolment.pausedAccountId()).isNull();
        assertThat(enrolment.pausedAt()).isEqualTo(THURSDAY.plusSeconds(60));
    }

    @Test
    void allAtOnceKeepsOnlyTheLessonsWithNoRollingOrExerciseOpenWhilePausedForARedFlag() {
        var enrolment = active();
        enrolment.openAllAtOnce(false);
        assertThat(enrolment.unlocked(4, true, THURSDAY))
                .as("before the screen")
                .isTrue();

        enrolment.pauseForRedFlag(ACCOUNT, THURSDAY);
        for (var day = 1; day <= DAYS; day++) {
            assertThat(enrolment.unlocked(day, true, THURSDAY))
                    .as("day %d, rolling or exercise", day)
                    .isFalse();
            assertThat(enrolment.unlocked(day, false, THURSDAY))
                    .as("day %d, reading only", day)
                    .isTrue();
        }
        enrolment.carryOn(THURSDAY.plusSeconds(60), true);
        assertThat(enrolment.unlocked(4, true, THURSDAY.plusSeconds(60))).isTrue();
    }

    @Test
    void aFinishedCourseRecordsTheRedFlagAndStartingAgainNeedsTheSelfCheckPassed() {
        var enrolment = states().get("finished").get();
        assertThat(enrolment.pauseForRedFlag(ACCOUNT, THURSDAY)).isTrue();
        assertThat(enrolment.status()).isEqualTo(Status.FINISHED);
        assertThat(enrolment.waitsForTheSelfCheck()).isTrue();
        assertThat(enrolment.unlocked(4, true, THURSDAY)).isFalse();
        assertThat(enrolment.unlocked(1, false, THURSDAY)).isTrue();

        var later = THURSDAY.plusSeconds(60);
        assertThatThrownBy(() -> enrolment.restart(later, false)).isInstanceOf(SelfCheckNeededFirst.class);
        assertThat(enrolment.status()).isEqualTo(Status.FINISHED);
        enrolment.restart(later, true);
        assertThat(enrolment.status()).isEqualTo(Status.ACTIVE);
        assertThat(enrolment.round()).isEqualTo(2);
        assertThat(enrolment.waitsForTheSelfCheck()).isFalse();
    }

    @Test
    void stoppingKeepsTheRedFlagPauseButNotThePersonsOwn() {
        var enrolment = active();
        enrolment.pauseForRedFlag(ACCOUNT, THURSDAY);
        enrolment.stop();
        assertThat(enrolment.status()).isEqualTo(Status.UNSUBSCRIBED);
        assertThat(enrolment.pauseReason()).isEqualTo(PauseReason.RED_FLAG);
        assertThat(enrolment.pausedAt()).isEqualTo(THURSDAY);
        assertThat(enrolment.pausedAccountId()).isEqualTo(ACCOUNT);

        var own = active();
        own.pause(THURSDAY);
        own.stop();
        assertThat(own.pauseReason()).isNull();
        assertThat(own.pausedAt()).isNull();
    }

    @Test
    void lessonsComeAt0730LocalTimeAcrossTheEndOfSummerTime() {
        var enrolment = pending();
        enrolment.confirm(Instant.parse("2026-10-22T10:00:00Z"));
        var due = new ArrayList<Instant>();
        for (var day = 1; day <= DAYS; day++) {
            due.add(enrolment.nextDueAt());
            enrolment.lessonSent(DAYS);
        }
        assertThat(due.subList(1, DAYS))
                .as("07:30 BST is 06:30Z until 25 October, then 07:30 GMT is 07:30Z")
                .containsExactly(
                        Instant.parse("2026-10-23T06:30:00Z"),
                        Instant.parse("2026-10-24T06:30:00Z"),
                        Instant.parse("2026-10-25T07:30:00Z"),
                        Instant.parse("2026-10-26T07:30:00Z"),
                        Instant.parse("2026-10-27T07:30:00Z"),
                        Instant.parse("2026-10-28T07:30:00Z"));
        assertThat(enrolment.status()).as("after day 7").isEqualTo(Status.FINISHED);
        assertThat(enrolment.nextDueAt()).isNull();
    }

    @Test
    void aLessonInTheHourTheClocksSkipStillComesThatDayAndNoneIsSkipped() {
        var enrolment = Enrolment.pending(
                "a@example.org",
                null,
                LocalTime.of(1, 30),
                LONDON,
                "key",
                "hash",
                Instant.parse("2026-03-27T12:00:00Z"));
        enrolment.confirm(Instant.parse("2026-03-27T12:00:00Z"));
        enrolment.lessonSent(DAYS);
        assertThat(enrolment.nextDueAt()).as("28 March, 01:30 GMT").isEqualTo(Instant.parse("2026-03-28T01:30:00Z"));
        enrolment.lessonSent(DAYS);
        assertThat(enrolment.nextDueAt())
                .as("29 March: 01:30 does not exist, so 02:30 BST, the same instant")
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        enrolment.lessonSent(DAYS);
        assertThat(enrolment.nextDueAt()).as("30 March, 01:30 BST").isEqualTo(Instant.parse("2026-03-30T00:30:00Z"));
    }

    @Test
    void aNewTimeMovesTheNextLessonOnItsOwnDayOnly() {
        var enrolment = active();
        enrolment.lessonSent(DAYS);
        enrolment.changeTime(LocalTime.of(18, 0), LONDON);
        assertThat(enrolment.nextDueAt())
                .isEqualTo(ZonedDateTime.of(2026, 11, 20, 18, 0, 0, 0, LONDON).toInstant());
        enrolment.changeTime(LocalTime.of(8, 0), ZoneId.of("Europe/Berlin"));
        assertThat(enrolment.nextDueAt()).isEqualTo(Instant.parse("2026-11-20T07:00:00Z"));
        assertThat(enrolment.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void theDueTimeAndTheNextStartAreWorkedOutInLocalTime() {
        var start = LocalDate.of(2026, 10, 24);
        assertThat(Enrolment.dueAt(start, 2, HALF_SEVEN, LONDON, THURSDAY))
                .isEqualTo(Instant.parse("2026-10-25T07:30:00Z"));
        assertThat(Enrolment.dueAt(start, 1, HALF_SEVEN, LONDON, THURSDAY))
                .as("day 1: at once")
                .isEqualTo(THURSDAY);
        assertThat(Enrolment.startForNext(3, HALF_SEVEN, LONDON, Instant.parse("2026-11-23T07:00:00Z")))
                .as("before 07:30: day 3 today")
                .isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(Enrolment.startForNext(3, HALF_SEVEN, LONDON, Instant.parse("2026-11-23T08:00:00Z")))
                .as("after 07:30: day 3 tomorrow")
                .isEqualTo(LocalDate.of(2026, 11, 22));
    }

    private static Map<String, Supplier<Enrolment>> states() {
        return Map.of(
                "pending", EnrolmentTests::pending,
                "active", EnrolmentTests::active,
                "paused",
                        () -> {
                            var e = active();
                            e.pause(THURSDAY);
                            return e;
                        },
                "all at once",
                        () -> {
                            var e = active();
                            e.openAllAtOnce(false);
                            return e;
                        },
                "finished",
                        () -> {
                            var e = active();
                            for (var day = 1; day <= DAYS; day++) {
                                e.lessonSent(DAYS);
                            }
                            return e;
                        },
                "stopped",
                        () -> {
                            var e = active();
                            e.stop();
                            return e;
                        });
    }

    private static Enrolment pending() {
        return Enrolment.pending("someone@example.org", null, HALF_SEVEN, LONDON, "key", "hash", THURSDAY);
    }

    private static Enrolment active() {
        var enrolment = pending();
        enrolment.confirm(THURSDAY);
        return enrolment;
    }

    private static List<Object> snapshot(Enrolment e) {
        return java.util.Arrays.asList(
                e.status(),
                e.delivery(),
                e.startDate(),
                e.round(),
                e.nextDay(),
                e.nextDueAt(),
                e.pauseReason(),
                e.pausedAt(),
                e.timeOfDay(),
                e.timeZone());
    }
}
