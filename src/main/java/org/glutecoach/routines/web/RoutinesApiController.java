package org.glutecoach.routines.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.routines.Exercise;
import org.glutecoach.routines.RecordSession;
import org.glutecoach.routines.RoutineView;
import org.glutecoach.routines.RoutinesService;
import org.glutecoach.routines.SessionView;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The library and the ready-made routines over JSON, open to everyone like the questionnaire. */
@RestController
@RequestMapping("/api/v1/routines")
@Tag(name = "Routines", description = "The exercise library and the ready-made routines")
class RoutinesApiController {

    private final RoutinesService routines;

    RoutinesApiController(RoutinesService routines) {
        this.routines = routines;
    }

    @GetMapping("/exercises")
    @Operation(summary = "The exercises, optionally narrowed by kind, equipment and most minutes")
    List<Exercise> exercises(
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String equipment,
            @RequestParam(required = false) @Nullable Integer minutes) {
        return routines.exercises(new FilterForm(kind, equipment, minutes).filter());
    }

    @GetMapping("/exercises/{id}")
    @Operation(summary = "One exercise: steps, dose, what to feel, cautions, when not to do it")
    Exercise exercise(@PathVariable String id) {
        return routines.exercise(id).orElseThrow(RoutinePages::notFound);
    }

    @GetMapping
    @Operation(summary = "The ready-made routines, optionally narrowed like the exercises")
    List<RoutineView> routines(
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String equipment,
            @RequestParam(required = false) @Nullable Integer minutes) {
        return routines.routines(new FilterForm(kind, equipment, minutes).filter());
    }

    @PostMapping("/sessions")
    @Operation(summary = "Record a finished or stopped session; the same id again is the same session")
    SessionView recordSession(@AuthenticationPrincipal SignedInAccount me, @Valid @RequestBody RecordSession session) {
        return routines.recordSession(me.accountId(), session);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One routine with its exercises and the doses it uses")
    RoutineView routine(@PathVariable String id) {
        return routines.routine(id).orElseThrow(RoutinePages::notFound);
    }
}
