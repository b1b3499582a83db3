package org.glutecoach.selfcheck.domain;

/** Numbers as a person reads them: 9, not 9.0; 7.5 stays 7.5. */
final class Numbers {

    private Numbers() {}

    static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
