package org.glutecoach.shared;

/**
 * Text people type, as forms and JSON may carry it (a note, a routine's name, a client's details). Control
 * characters (NUL, escape, …) belong in no record: they cannot be typed, only sent, they are invisible on the page,
 * PostgreSQL refuses a NUL in text (a failure instead of a message beside the field), a terminal escape in a stored
 * note could act on whoever reads the data later, and a paragraph or line separator breaks text exports. Half of a
 * surrogate pair is refused too: it is not a character and cannot be written as UTF-8. Each module's rules refuse
 * such text with a message beside the field.
 */
public final class PlainText {

    private PlainText() {}

    /** Whether the text holds only characters a person can type; {@code lines} allows line breaks and tabs. */
    public static boolean isTypeable(String text, boolean lines) {
        return !hasControlCharacters(text, lines) && !hasHalfACharacter(text);
    }

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

    /** A lone half of a surrogate pair (code points walks past whole pairs and yields lone halves as they are). */
    private static boolean hasHalfACharacter(String text) {
        return text.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }
}
