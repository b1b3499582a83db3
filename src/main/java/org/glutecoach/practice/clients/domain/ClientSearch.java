package org.glutecoach.practice.clients.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.glutecoach.identity.AccountId;
import org.glutecoach.practice.clients.ClientQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The client list as a report (ADR 10): filtered, searched and paged in SQL, always scoped to what the viewer may
 * see (the same rule as {@link Client#visibleTo}: the owner all, a therapist their own), most recently seen first.
 */
@Component
public class ClientSearch {

    private final JdbcClient jdbc;
    private final Clients clients;

    ClientSearch(JdbcClient jdbc, Clients clients) {
        this.jdbc = jdbc;
        this.clients = clients;
    }

    /** A page of clients, plus one more if there is a next page (the caller trims it). */
    public List<Client> page(ClientQuery query, AccountId viewer, boolean owner) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (!owner) {
            where.add("therapist_id = :viewer");
            params.put("viewer", viewer.value());
        } else if (ClientQuery.UNASSIGNED.equals(query.therapist())) {
            where.add("therapist_id IS NULL");
        } else if (therapist(query.therapist()) != null) {
            where.add("therapist_id = :therapist");
            params.put("therapist", therapist(query.therapist()));
        }
        if (query.status() != null) {
            where.add("status = :status");
            params.put("status", query.status().name());
        }
        // Each typed word must be one of the client's terms (SearchTerms): equality on the terms' key.
        var words = query.text() == null ? List.<String>of() : SearchTerms.typed(query.text());
        for (int i = 0; i < words.size(); i++) {
            where.add("id IN (SELECT client_id FROM practice_client_search_terms WHERE term = :word" + i + ")");
            params.put("word" + i, words.get(i));
        }
        var ids = jdbc.sql("SELECT id FROM practice_clients"
                        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                        + " ORDER BY last_seen DESC NULLS LAST, created_at DESC, id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.size() + 1)
                .param("offset", (long) (query.page() - 1) * query.size())
                .query(UUID.class)
                .list();
        var order = new HashMap<UUID, Integer>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        return clients.findAllById(ids).stream()
                .sorted(Comparator.comparing(
                        client -> order.getOrDefault(client.id().value(), 0)))
                .toList();
    }

    private static @Nullable UUID therapist(@Nullable String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
