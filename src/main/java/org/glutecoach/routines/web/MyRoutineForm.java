package org.glutecoach.routines.web;

import java.util.List;
import org.glutecoach.routines.InvalidRoutine;
import org.glutecoach.routines.SaveRoutine;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The forms of a person's own routines: building one (a name and exercises ticked in the library's order),
 * renaming it, adding one exercise. Each field's error is the service's {@link InvalidRoutine} message.
 */
record MyRoutineForm(
        @Nullable String name,
        @Nullable List<String> exercises,
        @Nullable String exercise) {

    static MyRoutineForm empty() {
        return new MyRoutineForm(null, null, null);
    }

    SaveRoutine save() {
        return new SaveRoutine(name, exercises == null ? List.of() : exercises);
    }

    /** Puts each of the service's complaints beside its field; {@code exercisesField} names this form's list. */
    static void reject(InvalidRoutine invalid, BindingResult errors, String exercisesField) {
        invalid.messageKeysByField()
                .forEach((field, key) -> errors.rejectValue("exercises".equals(field) ? exercisesField : field, key));
    }
}
