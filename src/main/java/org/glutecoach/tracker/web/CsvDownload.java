package org.glutecoach.tracker.web;

import java.nio.charset.StandardCharsets;
import org.glutecoach.shared.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The log's CSV as a file to save, never cached (it is health data). */
final class CsvDownload {

    private CsvDownload() {}

    static ResponseEntity<String> of(String csv) {
        return Downloads.attachment("glute-coach-days.csv", new MediaType("text", "csv", StandardCharsets.UTF_8), csv);
    }
}
