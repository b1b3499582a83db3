package org.glutecoach.shared.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A page of ours as a PDF to hand to someone (a progress report for a GP, a subject access answer): XHTML from a
 * Thymeleaf template with a print stylesheet from the jar's {@code /pdf} folder, inline SVG drawn as vectors.
 * Rendered in memory with openhtmltopdf; nothing is fetched from anywhere.
 *
 * <p>Every PDF is tagged for PDF/UA, so a screen reader can follow its headings, lists and tables: its language is
 * the page's {@code lang}, its title the page's {@code title}, its description a {@code <meta name="subject">},
 * and each {@code svg} needs an {@code alt}. PDF/UA needs every font embedded, and the PDF's built-in fonts are
 * not, so the stylesheets set {@value #FONT}: the Liberation Sans that PDFBox carries in its own jar (SIL Open
 * Font License), embedded with only the letters used. It has no bold face; openhtmltopdf draws bold from it.
 */
public final class PdfDocuments {

    /** The font family the PDF stylesheets name, for the text and the charts' labels. */
    public static final String FONT = "Liberation Sans";

    private static final String FONT_FILE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

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
            builder.usePdfUaAccessibility(true);
            builder.useFont(
                    () -> Objects.requireNonNull(
                            PDDocument.class.getResourceAsStream(FONT_FILE), "PDFBox carries its font"),
                    FONT,
                    400,
                    FontStyle.NORMAL,
                    true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
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
