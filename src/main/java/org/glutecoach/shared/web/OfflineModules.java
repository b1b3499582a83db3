package org.glutecoach.shared.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page's template the ES modules' addresses as {@code ${modules.module('routines/library-page.js')}}
 * (ADR 11, ADR 17): Thymeleaf refuses bean references in {@code th:src}, and a page that only registers the
 * service worker should not need its controller to know about it.
 */
@ControllerAdvice
class OfflineModules {

    private final OfflineAssets assets;

    OfflineModules(OfflineAssets assets) {
        this.assets = assets;
    }

    @ModelAttribute("modules")
    OfflineAssets modules() {
        return assets;
    }
}
