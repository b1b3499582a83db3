package org.glutecoach.practice.clients.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words a client is found by as the therapist types (ADR 19, "Finding a client"): each word of the full name, preferred name and
 * email address, lower-cased and without accents, and every beginning of each word ("smith" is stored as s, sm,
 * smi, smit, smith). What is typed is cut into words the same way, and a client matches when every typed word is
 * one of their terms: an equality on an ordinary index, the same on H2 and PostgreSQL whatever the collation,
 * where a {@code LIKE '%…%'} reads every row and a {@code LIKE '…%'} uses an index on PostgreSQL only in the C
 * collation or with its own operator class, which H2 does not know.
 */
public final class SearchTerms {

    /** Longer words are kept (and looked up) by their first this many characters. */
    public static final int LONGEST = 30;
    /** At most this many typed words are looked up; more narrow the list no further in practice. */
    static final int MOST_WORDS = 5;

    private SearchTerms() {}

    /** Every term of these texts (names, address), no duplicates. */
    public static Set<String> of(@Nullable String... texts) {
        var terms = new LinkedHashSet<String>();
        for (var text : texts) {
            for (var word : words(text)) {
                for (int end = 1; end <= word.length(); end++) {
                    terms.add(word.substring(0, end));
                }
            }
        }
        return terms;
    }

    /** What was typed, as the terms it must match (at most {@value #MOST_WORDS}); empty if it has no word. */
    public static List<String> typed(String text) {
        var words = words(text);
        return words.subList(0, Math.min(words.size(), MOST_WORDS));
    }

    private static List<String> words(@Nullable String text) {
        var words = new ArrayList<String>();
        if (text == null) {
            return words;
        }
        var plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        for (var word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                var kept = word.length() > LONGEST ? word.substring(0, LONGEST) : word;
                if (!words.contains(kept)) {
                    words.add(kept);
                }
            }
        }
        return words;
    }
}
