package org.glutecoach.routines.web;

import org.glutecoach.routines.Equipment;
import org.glutecoach.routines.ExerciseKind;
import org.glutecoach.routines.RoutinesService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The library (with filters), one exercise and one routine. */
@Controller
class RoutinePages {

    private final RoutinesService routines;

    RoutinePages(RoutinesService routines) {
        this.routines = routines;
    }

    @GetMapping("/routines")
    String library(@ModelAttribute("filters") FilterForm form, Model model) {
        var filter = form.filter();
        model.addAttribute("routines", routines.routines(filter))
                .addAttribute("exercises", routines.exercises(filter))
                .addAttribute("kinds", ExerciseKind.values())
                .addAttribute("equipment", Equipment.values());
        return "routines/library";
    }

    @GetMapping("/routines/exercises/{id}")
    String exercise(@PathVariable String id, Model model) {
        model.addAttribute("exercise", routines.exercise(id).orElseThrow(RoutinePages::notFound));
        return "routines/exercise";
    }

    @GetMapping("/routines/{id}")
    String routine(@PathVariable String id, Model model) {
        model.addAttribute("routine", routines.routine(id).orElseThrow(RoutinePages::notFound));
        return "routines/routine";
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
