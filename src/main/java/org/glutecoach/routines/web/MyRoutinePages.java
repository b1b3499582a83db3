package org.glutecoach.routines.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.routines.InvalidRoutine;
import org.glutecoach.routines.LibraryFilter;
import org.glutecoach.routines.RoutineView;
import org.glutecoach.routines.RoutinesService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A signed-in person's own routines: build one from the library, rename it, reorder, add and remove exercises,
 * delete it. Plain forms (post, then redirect), so every change works without script; a refused change is shown
 * again with status 422 and the message beside its field. Another person's routine is "not found".
 */
@Controller
@RequestMapping("/routines/mine")
class MyRoutinePages {

    private final RoutinesService routines;

    MyRoutinePages(RoutinesService routines) {
        this.routines = routines;
    }

    @GetMapping
    String list(@CurrentAccount AccountView me, Model model) {
        model.addAttribute("form", MyRoutineForm.empty());
        return listPage(me, model);
    }

    @PostMapping
    String create(
            @CurrentAccount AccountView me,
            @ModelAttribute("form") MyRoutineForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        try {
            return "redirect:/routines/mine/"
                    + routines.createRoutine(me.id(), form.save()).id();
        } catch (InvalidRoutine invalid) {
            MyRoutineForm.reject(invalid, errors, "exercises");
            response.setStatus(422);
            return listPage(me, model);
        }
    }

    @GetMapping("/{routineId}")
    String routine(@CurrentAccount AccountView me, @PathVariable UUID routineId, Model model) {
        model.addAttribute("form", MyRoutineForm.empty());
        return routinePage(me, routineId, model);
    }

    @PostMapping("/{routineId}/name")
    String rename(
            @CurrentAccount AccountView me,
            @PathVariable UUID routineId,
            @ModelAttribute("form") MyRoutineForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        var change = (Supplier<Optional<RoutineView>>) () -> routines.renameRoutine(me.id(), routineId, form.name());
        return changed(me, routineId, change, new Refusal(errors, "exercises", model, response));
    }

    @PostMapping("/{routineId}/exercises")
    String add(
            @CurrentAccount AccountView me,
            @PathVariable UUID routineId,
            @ModelAttribute("form") MyRoutineForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        var change = (Supplier<Optional<RoutineView>>) () -> routines.addExercise(me.id(), routineId, form.exercise());
        return changed(me, routineId, change, new Refusal(errors, "exercise", model, response));
    }

    @PostMapping("/{routineId}/up")
    String up(@CurrentAccount AccountView me, @PathVariable UUID routineId, @RequestParam int position) {
        var moved = routines.moveExercise(me.id(), routineId, position, -1).orElseThrow(RoutinePages::notFound);
        return "redirect:/routines/mine/" + moved.id();
    }

    @PostMapping("/{routineId}/down")
    String down(@CurrentAccount AccountView me, @PathVariable UUID routineId, @RequestParam int position) {
        var moved = routines.moveExercise(me.id(), routineId, position, 1).orElseThrow(RoutinePages::notFound);
        return "redirect:/routines/mine/" + moved.id();
    }

    @PostMapping("/{routineId}/remove")
    String remove(
            @CurrentAccount AccountView me,
            @PathVariable UUID routineId,
            @RequestParam int position,
            @ModelAttribute("form") MyRoutineForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        var change = (Supplier<Optional<RoutineView>>) () -> routines.removeExercise(me.id(), routineId, position);
        return changed(me, routineId, change, new Refusal(errors, "exercises", model, response));
    }

    @PostMapping("/{routineId}/delete")
    String delete(@CurrentAccount AccountView me, @PathVariable UUID routineId) {
        if (!routines.deleteRoutine(me.id(), routineId)) {
            throw RoutinePages.notFound();
        }
        return "redirect:/routines/mine";
    }

    /** Where a refused change goes: its form's errors, the field its exercise complaint belongs to, the page. */
    private record Refusal(BindingResult errors, String exercisesField, Model model, HttpServletResponse response) {}

    /** The change made (then back to the routine), refused (the page again, 422), or not theirs (404). */
    private String changed(AccountView me, UUID routineId, Supplier<Optional<RoutineView>> change, Refusal refusal) {
        try {
            var changed = change.get().orElseThrow(RoutinePages::notFound);
            return "redirect:/routines/mine/" + changed.id();
        } catch (InvalidRoutine invalid) {
            MyRoutineForm.reject(invalid, refusal.errors(), refusal.exercisesField());
            refusal.response().setStatus(422);
            return routinePage(me, routineId, refusal.model());
        }
    }

    private String listPage(AccountView me, Model model) {
        model.addAttribute("mine", routines.myRoutines(me.id()))
                .addAttribute("exercises", routines.exercises(LibraryFilter.ANY))
                .addAttribute("lagging", routines.laggingSide(me.id()).orElse(null))
                .addAttribute("singleSide", routines.singleSideWork());
        return "routines/mine";
    }

    private String routinePage(AccountView me, UUID routineId, Model model) {
        model.addAttribute("routine", routines.myRoutine(me.id(), routineId).orElseThrow(RoutinePages::notFound))
                .addAttribute("exercises", routines.exercises(LibraryFilter.ANY));
        return "routines/mine-routine";
    }
}
