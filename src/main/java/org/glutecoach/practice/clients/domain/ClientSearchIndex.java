package org.glutecoach.practice.clients.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AbstractRelationalEventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code practice_client_search_terms} ({@link SearchTerms}) in step with the clients: written again with
 * every save of a client, in the same transaction, and erased with the client (a name must not outlive the record
 * it came from). Clients stored before the terms existed are indexed once when the application is ready.
 */
@Component
class ClientSearchIndex extends AbstractRelationalEventListener<Client> {

    private final JdbcClient jdbc;

    ClientSearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void onAfterSave(AfterSaveEvent<Client> saved) {
        var client = saved.getEntity();
        index(client.id().value(), client.searchedText());
    }

    @Override
    protected void onAfterDelete(AfterDeleteEvent<Client> deleted) {
        if (deleted.getId().getValue() instanceof UUID id) {
            forget(id);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void indexClientsWithoutTerms() {
        record Unindexed(UUID id, @Nullable String[] texts) {}
        jdbc.sql("""
                        SELECT id, full_name, preferred_name, email FROM practice_clients c
                        WHERE NOT EXISTS (SELECT 1 FROM practice_client_search_terms t WHERE t.client_id = c.id)""")
                .query((row, number) -> new Unindexed(row.getObject("id", UUID.class), new @Nullable String[] {
                    row.getString("full_name"), row.getString("preferred_name"), row.getString("email")
                }))
                .list()
                .forEach(client -> index(client.id(), client.texts()));
    }

    /** The client's terms, written again: one statement (a row of values per term), not one per term. */
    private void index(UUID client, @Nullable String[] texts) {
        forget(client);
        var terms = List.copyOf(SearchTerms.of(texts));
        if (terms.isEmpty()) {
            return;
        }
        var values = String.join(", ", Collections.nCopies(terms.size(), "(?, ?)"));
        var params = new ArrayList<Object>();
        terms.forEach(term -> {
            params.add(term);
            params.add(client);
        });
        jdbc.sql("INSERT INTO practice_client_search_terms (term, client_id) VALUES " + values)
                .params(params)
                .update();
    }

    private void forget(UUID client) {
        jdbc.sql("DELETE FROM practice_client_search_terms WHERE client_id = ?")
                .param(client)
                .update();
    }
}
