package org.glutecoach.practice.clients;

import java.util.List;
import org.glutecoach.selfcheck.RedFlagEventView;

/**
 * The therapist's "today" panel: red-flag screens shown in the last 7 days to clients they may see, newest first,
 * and clients whose soreness rose by 2 points or more. Only clients who share with the practice are read.
 */
public record TodayView(List<RecentRedFlag> redFlags, List<ClientView> sorenessRose) {

    public TodayView {
        redFlags = List.copyOf(redFlags);
        sorenessRose = List.copyOf(sorenessRose);
    }

    /** A red-flag screen shown to one of the viewer's clients. */
    public record RecentRedFlag(ClientView client, RedFlagEventView flag) {}
}
