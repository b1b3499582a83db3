package org.glutecoach.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the W3C's validator, {@code nu.validator:validator}) run in the test JVM, offline: its
 * schemas are in the jar. Warnings and notes are left out; errors are what a page must not have.
 */
public final class HtmlChecker {

    /** The checker's default schema for HTML: HTML with SVG, MathML and RDFa, plus its assertions. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private HtmlChecker() {}

    /** Every error in the document, as "line:column message". */
    public static synchronized List<String> errors(String html) {
        var errors = new ArrayList<String>();
        var collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException warning) {
                // Advice, not an error.
            }

            @Override
            public void error(SAXParseException error) {
                errors.add(error.getLineNumber() + ":" + error.getColumnNumber() + " " + error.getMessage());
            }

            @Override
            public void fatalError(SAXParseException fatal) {
                error(fatal);
            }
        };
        try {
            var validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(SCHEMA, collect);
            validator.setUpValidatorAndParsers(collect, true, false);
            validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        } catch (Exception e) {
            throw new IllegalStateException("The HTML checker could not run", e);
        }
        return errors;
    }
}
