package org.glutecoach.timer.domain;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** Each person's timer settings, by their account id. */
public interface BreakSchedules extends ListCrudRepository<BreakSchedule, UUID> {}
