package org.glutecoach.selfcheck.web;

import org.glutecoach.shared.web.ReturnPaths;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page that sent the person to the self-check (a routine's gate), carried as a hidden field through every step
 * to the keep step, which goes back there after a passed screen ({@link KeepPages}). Anything but a plain path on
 * this site is dropped here, so the forms never carry it on.
 */
@ControllerAdvice(assignableTypes = {SelfCheckPages.class, KeepPages.class})
class ReturnAfterKeeping {

    @ModelAttribute(ReturnPaths.FIELD)
    @Nullable
    String returnTo(@RequestParam(name = ReturnPaths.FIELD, required = false) @Nullable String asked) {
        return ReturnPaths.local(asked);
    }
}
