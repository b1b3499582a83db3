package org.glutecoach.practice.clients;

import java.util.List;
import org.glutecoach.routines.SessionView;
import org.glutecoach.selfcheck.RedFlagEventView;
import org.glutecoach.selfcheck.ResultComparison;
import org.glutecoach.tracker.Side;
import org.glutecoach.tracker.SummaryView;
import org.glutecoach.tracker.TrackerChart;
import org.jspecify.annotations.Nullable;

/**
 * The client record a therapist reads before a session: what the practice holds, and (only while the person
 * shares it with the practice) their own data. {@code shared} is {@code null} for a walk-in and for a person who
 * withdrew the consent: then nothing of theirs is read at all.
 */
public record ClientRecordView(
        ClientView client, String therapistName, @Nullable Shared shared) {

    /**
     * The person's own data, as they share it.
     *
     * @param redFlags the red-flag screens shown to them, newest first (tier, when, call tapped)
     * @param latest their latest kept self-check result, compared with the one before; {@code null} if none
     * @param tracker the last four weeks of their daily log (findings and series)
     * @param sorenessRose the sides whose soreness rose by 2 points or more
     * @param routines their routine sessions, newest first (at most 14), with per-side activation ratings
     */
    public record Shared(
            List<RedFlagEventView> redFlags,
            @Nullable ResultComparison latest,
            SummaryView tracker,
            List<Side> sorenessRose,
            List<SessionView> routines) {

        public Shared {
            redFlags = List.copyOf(redFlags);
            sorenessRose = List.copyOf(sorenessRose);
            routines = List.copyOf(routines);
        }

        /** The daily log's charts, drawn as the person's own charts page draws them. */
        public List<TrackerChart> charts() {
            return TrackerChart.of(tracker);
        }
    }
}
