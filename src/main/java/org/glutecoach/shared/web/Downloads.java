package org.glutecoach.shared.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file a person saves (their data export, a report, their log as CSV): sent as an attachment under a name that
 * says what it is, and never kept by a cache on the way, since it holds personal and health data.
 */
public final class Downloads {

    private Downloads() {}

    public static <T> ResponseEntity<T> attachment(String filename, MediaType type, T body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
