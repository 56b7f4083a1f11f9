package org.bravo.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesWhatNeedsItAndReadsItBack() {
        String line = Csv.line(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "a;b"));
        assertThat(line).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"a;b\"\n");
        assertThat(Csv.parse(line)).containsExactly(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "a;b"));
    }

    @Test
    void neutralizesSpreadsheetFormulas() {
        assertThat(Csv.line(List.of("=HYPERLINK(\"x\")", "+1", "-2", "@SUM", "ok")))
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM,ok\n");
    }

    @Test
    void readsSemicolonsCrlfAndABom() {
        assertThat(Csv.parse("\uFEFFphrase;action\r\narnaque;block\r\n"))
                .containsExactly(List.of("phrase", "action"), List.of("arnaque", "block"));
        assertThat(Csv.parse("last,line")).containsExactly(List.of("last", "line"));
    }
}
