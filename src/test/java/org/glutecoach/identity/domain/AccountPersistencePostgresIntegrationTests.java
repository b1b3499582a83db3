package org.glutecoach.identity.domain;

import org.glutecoach.support.PostgresIntegrationTest;

/** The persistence contract on a real PostgreSQL server. */
@PostgresIntegrationTest
class AccountPersistencePostgresIntegrationTests extends AccountPersistenceContract {}
