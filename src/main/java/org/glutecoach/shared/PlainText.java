package org.glutecoach.shared;

/**
 * Text people type, as forms and JSON may carry it: control characters (NUL, escape, …) belong in no record. They
 * cannot be seen, PostgreSQL refuses NUL outright (a failure instead of a message beside the field), and a
 * paragraph or line separator breaks text exports; so the rules of each module refuse them with a message.
 */
public final class PlainText {

    private PlainText() {}

    /**
     * Whether the text holds a control character: any at all on one line, any but new lines and tabs in text of
     * several lines ({@code lines}).
     */
    public static boolean hasControlCharacters(String text, boolean lines) {
        return text.codePoints().anyMatch(c -> isControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t')));
    }

    private static boolean isControl(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
