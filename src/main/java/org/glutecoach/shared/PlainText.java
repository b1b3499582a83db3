package org.glutecoach.shared;

/**
 * What free text a person types may hold (a note, a routine's name). Control characters are refused: they cannot
 * be typed, only sent, they are invisible on the page, PostgreSQL refuses a NUL in text, and a terminal escape in a
 * stored note could act on whoever reads the data later. Half of a surrogate pair is refused too: it is not a
 * character and cannot be written as UTF-8.
 */
public final class PlainText {

    private PlainText() {}

    /** Whether the text holds only characters a person can type; {@code lines} allows line breaks and tabs. */
    public static boolean isTypeable(String text, boolean lines) {
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            } else if (Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t'))) {
                return false;
            }
        }
        return true;
    }
}
