package org.glutecoach.shared.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A page of ours as a PDF to hand to someone (a progress report for a GP, a subject access answer): XHTML from a
 * Thymeleaf template with a print stylesheet from the jar's {@code /pdf} folder, inline SVG drawn as vectors.
 * Rendered in memory with openhtmltopdf; nothing is fetched from anywhere.
 */
public final class PdfDocuments {

    private PdfDocuments() {}

    /** The stylesheet {@code /pdf/<name>} from the jar, read once by the caller and kept. */
    public static String stylesheet(String name) {
        try (InputStream in = Objects.requireNonNull(
                PdfDocuments.class.getResourceAsStream("/pdf/" + name), "the PDF stylesheet is in the jar")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException reading) {
            throw new UncheckedIOException(reading);
        }
    }

    /** The XHTML page, with these styles added to its head, as PDF bytes. */
    public static byte[] render(String xhtml, String styles) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml.replace("</head>", "<style>" + styles + "</style></head>"), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException writing) {
            // Only a byte array is written: this is a bug, not something a caller could handle.
            throw new UncheckedIOException(writing);
        }
        return out.toByteArray();
    }
}
