package org.glutecoach.course.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.glutecoach.course.RedFlagShownInABrowser;
import org.glutecoach.course.SelfCheckPassSeen;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.selfcheck.RedFlagShownToAccount;
import org.glutecoach.selfcheck.RedFlagShownWithoutAccount;
import org.glutecoach.selfcheck.RedFlagTier;
import org.glutecoach.selfcheck.SelfCheckPassedWithoutAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Lessons read without signing in, and red-flag screens shown in the same browser (HZ-23). A screen shown to
 * someone not signed in names nobody, so the course cannot know whose lessons to pause, except in the browser it
 * was shown in: once a browser opens a course's mail link, its session remembers which enrolments it opened and
 * when the whole self-check was last passed there. An EMERGENCY or URGENT screen shown there pauses those
 * enrolments; a pass after the screen, in a browser holding the course's link, lets them go on. A browser that opened no link gets no session from
 * this (the self-check itself needs none), so a screen shown before the link is opened cannot be matched.
 */
@Component
class CourseInThisBrowser {

    static final String ATTRIBUTE = "course.inThisBrowser";

    /** What the session holds: plain values, so the session (stored in the database) can serialise it. */
    record Seen(Set<UUID> enrolments, @Nullable Instant passedAt) implements Serializable {

        static final Seen NOTHING = new Seen(Set.of(), null);

        Seen opened(UUID enrolment) {
            var all = new LinkedHashSet<>(enrolments);
            all.add(enrolment);
            return new Seen(Set.copyOf(all), passedAt);
        }

        Seen passed(Instant at) {
            return new Seen(enrolments, at);
        }
    }

    private final ApplicationEventPublisher events;

    CourseInThisBrowser(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** A mail link opened this enrolment in this browser: remembered for the browser's session. */
    void opened(UUID enrolment) {
        var session = session(true);
        if (session != null) {
            var seen = seen(session);
            if (!seen.enrolments().contains(enrolment)) {
                session.setAttribute(ATTRIBUTE, seen.opened(enrolment));
            }
        }
    }

    /** The passes of the self-check this request can show: the person signed in, and this browser's own. */
    SelfCheckPassSeen passes(@Nullable SignedInAccount me) {
        var session = session(false);
        return new SelfCheckPassSeen(
                me == null ? null : me.accountId(),
                session == null ? null : seen(session).passedAt());
    }

    /**
     * In the screen's own transaction and request: the enrolments this browser opened go with the screen in a
     * {@link RedFlagShownInABrowser}, which the event registry keeps until the course has paused them (ADR 21).
     * Also for a signed-in person: the account's pause may not reach a course read here under another address.
     */
    @EventListener
    void redFlagShown(RedFlagShownWithoutAccount shown) {
        publishForThisBrowser(shown.tier(), shown.shownAt());
    }

    @EventListener
    void redFlagShownToAccount(RedFlagShownToAccount shown) {
        publishForThisBrowser(shown.tier(), shown.shownAt());
    }

    private void publishForThisBrowser(RedFlagTier tier, Instant shownAt) {
        var session = session(false);
        var opened = session == null ? Set.<UUID>of() : seen(session).enrolments();
        if (tier.endsTheSelfCheck() && !opened.isEmpty()) {
            events.publishEvent(new RedFlagShownInABrowser(opened, tier, shownAt));
        }
    }

    /** A pass of the whole self-check in a browser that opened a course link. */
    @EventListener
    void passed(SelfCheckPassedWithoutAccount passed) {
        var session = session(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof Seen seen) {
            session.setAttribute(ATTRIBUTE, seen.passed(passed.evaluatedAt()));
        }
    }

    private static Seen seen(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof Seen seen ? seen : Seen.NOTHING;
    }

    /** The browser's session, when this runs for a page request (an event from the API or a job has none). */
    private static @Nullable HttpSession session(boolean create) {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(create)
                : null;
    }
}
