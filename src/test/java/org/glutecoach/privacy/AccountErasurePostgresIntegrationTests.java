package org.glutecoach.privacy;

import org.glutecoach.support.PostgresIntegrationTest;

/** The erasure contract on a real PostgreSQL server. */
@PostgresIntegrationTest
class AccountErasurePostgresIntegrationTests extends AccountErasureContract {}
