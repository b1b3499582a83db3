package org.glutecoach.practice.clients.notes.web;

import org.glutecoach.practice.clients.ClientNotFound;
import org.glutecoach.practice.clients.notes.NotTheAuthor;
import org.glutecoach.shared.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A client the caller may not see is a plain 404; another therapist's draft a 403. Bad fields (400) and signed
 * notes (409) go through the shared mappings (ApiProblems).
 */
@RestControllerAdvice(assignableTypes = {NotesApiController.class, SubjectAccessApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotesApiProblems {

    private final Problems problems;

    NotesApiProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ProblemDetail notFound(ClientNotFound notFound) {
        return problems.forStatus(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler
    ProblemDetail notTheAuthor(NotTheAuthor notTheAuthor) {
        var problem = problems.forStatus(HttpStatus.FORBIDDEN);
        problem.setType(Problems.type(notTheAuthor.problemType()));
        problem.setDetail(problems.text("problem.detail.not-the-author", "Only the writer can change a draft."));
        return problem;
    }
}
