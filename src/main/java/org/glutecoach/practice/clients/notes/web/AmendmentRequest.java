package org.glutecoach.practice.clients.notes.web;

import org.jspecify.annotations.Nullable;

/** An amendment as the API and the page take it: the correction's text. */
record AmendmentRequest(@Nullable String text) {

    String written() {
        return text == null ? "" : text;
    }
}
