package org.glutecoach.practice.clients.notes.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The note templates the owner keeps: rewordings of the bundled ones, and their own. */
public interface NoteTemplates extends ListCrudRepository<NoteTemplate, UUID> {

    Optional<NoteTemplate> findByBundledKey(String bundledKey);

    List<NoteTemplate> findByBundledKeyIsNullOrderByName();

    Optional<NoteTemplate> findByIdAndBundledKeyIsNull(UUID id);

    long countByBundledKeyIsNull();
}
