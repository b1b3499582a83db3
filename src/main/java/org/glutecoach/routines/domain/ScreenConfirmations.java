package org.glutecoach.routines.domain;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** Who confirmed a recent passed red-flag screen before their first routine, by account. */
public interface ScreenConfirmations extends ListCrudRepository<ScreenConfirmation, UUID> {}
