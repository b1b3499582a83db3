package org.glutecoach.practice.clients.notes;

import org.glutecoach.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class NotesStoragePostgresIntegrationTests extends NotesStorageContract {}
