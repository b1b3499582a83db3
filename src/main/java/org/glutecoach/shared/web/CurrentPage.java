package org.glutecoach.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The address of the page being shown, for the layout's navigation: the link to the page a person is on is
 * marked {@code aria-current="page"}, so screen readers say "current page".
 */
@ControllerAdvice
class CurrentPage {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getServletPath();
    }
}
