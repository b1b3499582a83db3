package org.glutecoach.identity.domain;

import org.glutecoach.support.IntegrationTest;

/** The persistence contract on the embedded H2 database the app uses by default. */
@IntegrationTest
class AccountPersistenceH2IntegrationTests extends AccountPersistenceContract {}
