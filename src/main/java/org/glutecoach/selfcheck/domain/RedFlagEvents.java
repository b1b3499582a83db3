package org.glutecoach.selfcheck.domain;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** Every red-flag screen shown. */
public interface RedFlagEvents extends ListCrudRepository<RedFlagEvent, UUID> {
}
