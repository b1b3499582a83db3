package org.glutecoach.privacy;

import org.glutecoach.support.IntegrationTest;

/** The erasure contract on the embedded H2 database. */
@IntegrationTest
class AccountErasureH2IntegrationTests extends AccountErasureContract {}
