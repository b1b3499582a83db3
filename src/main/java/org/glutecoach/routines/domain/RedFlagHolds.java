package org.glutecoach.routines.domain;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** Who was shown an EMERGENCY or URGENT red-flag screen and has not yet confirmed a pass since, by account. */
public interface RedFlagHolds extends ListCrudRepository<RedFlagHold, UUID> {}
