package org.glutecoach.routines.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The player page preloads every module its own module needs, read from the modules' import lines. */
class ModuleImportsTests {

    @Test
    void thePlayersModuleNeedsItsWholeImportGraphEachOnceAndNotItself() {
        assertThat(new ModuleImports().of("routines/player-page.js"))
                .containsExactlyInAnyOrder(
                        "routines/player.js",
                        "routines/cues.js",
                        "routines/awake.js",
                        "routines/sessions.js",
                        "shared/offline.js",
                        "routines/plan.js",
                        "routines/timeline.js",
                        "shared/outbox.js");
    }

    @Test
    void aModuleThatImportsNothingNeedsNothing() {
        assertThat(new ModuleImports().of("routines/plan.js")).isEmpty();
    }
}
