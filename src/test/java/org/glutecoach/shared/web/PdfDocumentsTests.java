package org.glutecoach.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Every PDF we make (the progress report, the subject access answer) is tagged for PDF/UA, in the page's language,
 * with its title, and with its font embedded: without an embedded font PDF/UA draws no text at all.
 */
class PdfDocumentsTests {

    @Test
    void aPageBecomesATaggedPdfInItsLanguageWithItsTitleAndAnEmbeddedFont() throws Exception {
        var xhtml = """
                <html lang="en-GB" xmlns="http://www.w3.org/1999/xhtml"><head><title>A page to hand over</title>
                <meta name="subject" content="What the page is about"/></head>
                <body><h1>Heading</h1><p>Some words you can read.</p>
                <table><thead><tr><th>Day</th></tr></thead><tbody><tr><td>9.5</td></tr></tbody></table>
                </body></html>""";

        var pdf = PdfDocuments.render(xhtml, "body { font-family: \"" + PdfDocuments.FONT + "\"; }");

        try (var document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("A page to hand over");
            var resources = document.getPage(0).getResources();
            assertThat(resources.getFontNames()).isNotEmpty().allSatisfy(name -> {
                assertThat(resources.getFont(name).isEmbedded()).isTrue();
                assertThat(resources.getFont(name).getName()).endsWith("LiberationSans");
            });
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Heading", "Some words you can read.", "Day", "9.5");
        }
    }
}
