package org.glutecoach.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.glutecoach.tracker.EntryView;
import org.glutecoach.tracker.SittingHabit;
import org.junit.jupiter.api.Test;

/** The CSV shape: quoting that survives commas, quotes and line breaks; no formula reaches a spreadsheet. */
class EntriesCsvTests {

    @Test
    void aDayWritesAsOneRowAndReadsBackCellForCell() {
        var entry = new EntryView(
                LocalDate.of(2026, 11, 30),
                7.5,
                90,
                3,
                4,
                0,
                null,
                true,
                List.of(SittingHabit.LEGS_CROSSED, SittingHabit.SLUMPED),
                false,
                true,
                null,
                null,
                "long meeting, then \"desk\" time\nand home");

        var csv = EntriesCsv.write(List.of(entry));

        assertThat(csv)
                .startsWith("date,hoursSitting,longestSpellMinutes,breaks,sorenessLeft,sorenessRight,"
                        + "sorenessMiddle,spasms,sitting,releaseDone,activationDone,note\r\n2026-11-30,7.5,90,3,4,0,,true,"
                        + "LEGS_CROSSED;SLUMPED,false,true,\"long meeting, then \"\"desk\"\" time\nand home\"\r\n");
        var rows = EntriesCsv.read(csv);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1))
                .containsExactly(
                        "2026-11-30",
                        "7.5",
                        "90",
                        "3",
                        "4",
                        "0",
                        "",
                        "true",
                        "LEGS_CROSSED;SLUMPED",
                        "false",
                        "true",
                        "long meeting, then \"desk\" time\nand home");
    }

    @Test
    void aNoteThatLooksLikeAFormulaIsDefusedAndComesBackAsWritten() {
        var entry = new EntryView(
                LocalDate.of(2026, 11, 30),
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                List.of(),
                false,
                false,
                null,
                null,
                "=HYPERLINK(\"x\")");
        var cell = EntriesCsv.read(EntriesCsv.write(List.of(entry))).get(1).get(11);
        assertThat(cell).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(EntriesCsv.noteRead(cell)).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(EntriesCsv.noteRead("'tis fine")).isEqualTo("'tis fine");
    }

    @Test
    void linesEndingInLineFeedsAndBlankLinesAreRead() {
        assertThat(EntriesCsv.read("a,b\n1,2\n\n3,\"4\""))
                .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
    }

    @Test
    void everyNoteComesBackExactlyAsItWasAndNoneStartsAsAFormula() {
        for (var note : List.of(
                "=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "'=already quoted", "'tis fine", "''two", "plain")) {
            var entry = new EntryView(
                    LocalDate.of(2026, 11, 30),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    List.of(),
                    false,
                    false,
                    null,
                    null,
                    note);
            var cell = EntriesCsv.read(EntriesCsv.write(List.of(entry))).get(1).get(11);
            assertThat("=+-@\t\r".indexOf(cell.charAt(0))).as(note).isNegative();
            assertThat(EntriesCsv.noteRead(cell)).as(note).isEqualTo(note);
        }
    }
}
