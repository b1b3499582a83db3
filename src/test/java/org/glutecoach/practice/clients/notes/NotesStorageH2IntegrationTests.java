package org.glutecoach.practice.clients.notes;

import org.glutecoach.support.IntegrationTest;

@IntegrationTest
class NotesStorageH2IntegrationTests extends NotesStorageContract {}
