package org.glutecoach.practice.clients;

import java.util.List;

/** One page of the client list, and whether there are pages before and after it. */
public record ClientPage(List<ClientRow> rows, int page, boolean hasPrevious, boolean hasNext) {

    public ClientPage {
        rows = List.copyOf(rows);
    }

    /**
     * A client in the list. The markers come from the person's own data and are shown only while they share it:
     * {@code redFlag} when their latest self-check ended on a red flag, {@code sorenessRose} when their soreness
     * rose by 2 points or more (the tracker's re-screen rule).
     */
    public record ClientRow(ClientView client, String therapistName, boolean redFlag, boolean sorenessRose) {}
}
