package org.glutecoach.routines.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.routines.Exercise;
import org.glutecoach.routines.RecordSession;
import org.glutecoach.routines.RoutineView;
import org.glutecoach.routines.RoutinesService;
import org.glutecoach.routines.SaveRoutine;
import org.glutecoach.routines.SessionView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The library and the ready-made routines over JSON, open to everyone like the questionnaire; a person's own
 * routines and their sessions, for them alone.
 */
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
    @Operation(
            summary = "Record a finished or stopped session; the same id again is the same session",
            description = "Needs consent to keep health answers (HEALTH_DATA): otherwise 403 of type "
                    + "/problems/consent-needed and nothing is kept. An unknown routineId, an end before the start, "
                    + "in the future or more than 30 days ago, or a session over 12 hours: 400 naming routineId, "
                    + "startedAt or endedAt. Another person's session id: 409.")
    SessionView recordSession(@CurrentAccount AccountView me, @Valid @RequestBody RecordSession session) {
        return routines.recordSession(me.id(), session);
    }

    @GetMapping("/mine")
    @Operation(summary = "The signed-in person's own routines, oldest first")
    List<RoutineView> myRoutines(@CurrentAccount AccountView me) {
        return routines.myRoutines(me.id());
    }

    @PostMapping("/mine")
    @Operation(
            summary = "Build a routine of your own: a name and exercises from the library by id, in order",
            description = "A blank or long name, no exercises, more than 12, one not in the library, or a release "
                    + "not followed by a move that switches the muscle on: 400 with an errors list.")
    ResponseEntity<RoutineView> createRoutine(@CurrentAccount AccountView me, @RequestBody SaveRoutine routine) {
        var created = routines.createRoutine(me.id(), routine);
        return ResponseEntity.created(URI.create("/api/v1/routines/mine/" + created.id()))
                .body(created);
    }

    @GetMapping("/mine/{routineId}")
    @Operation(summary = "One of your own routines; another person's is 404")
    RoutineView myRoutine(@CurrentAccount AccountView me, @PathVariable UUID routineId) {
        return routines.myRoutine(me.id(), routineId).orElseThrow(RoutinePages::notFound);
    }

    @PutMapping("/mine/{routineId}")
    @Operation(summary = "Rename one of your own routines and set its exercises, in order (rename, reorder)")
    RoutineView changeRoutine(
            @CurrentAccount AccountView me, @PathVariable UUID routineId, @RequestBody SaveRoutine routine) {
        return routines.changeRoutine(me.id(), routineId, routine).orElseThrow(RoutinePages::notFound);
    }

    @DeleteMapping("/mine/{routineId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of your own routines; the sessions done with it stay in your history")
    void deleteRoutine(@CurrentAccount AccountView me, @PathVariable UUID routineId) {
        if (!routines.deleteRoutine(me.id(), routineId)) {
            throw RoutinePages.notFound();
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "One routine with its exercises and the doses it uses")
    RoutineView routine(@PathVariable String id) {
        return routines.routine(id).orElseThrow(RoutinePages::notFound);
    }
}
