package org.bravo.platform.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorableTextTest {
    record Body(String title, List<String> tags, Inner inner) {}

    record Inner(String text) {}

    private final ObjectMapper json = new ObjectMapper();

    StorableTextTest() {
        new StorableText().customize(json);
    }

    @Test
    void textWithoutNulOrLoneSurrogateIsReadAsIs() throws Exception {
        Body body = json.readValue(
                "{\"title\":\"Caf\\u00e9 \\ud83d\\ude42\",\"tags\":[\"a\"],\"inner\":{\"text\":\"x\"}}", Body.class);
        assertThat(body.title()).isEqualTo("Café 🙂");
    }

    @Test
    void aNulIsRefusedNamingItsField() {
        StorableText.UnstorableTextException e = catchThrowableOfType(
                StorableText.UnstorableTextException.class,
                () -> json.readValue("{\"title\":\"ok\",\"tags\":[\"a\",\"b\\u0000\"]}", Body.class));
        assertThat(ProblemMappers.jsonPath(e)).isEqualTo("tags[1]");
        e = catchThrowableOfType(
                StorableText.UnstorableTextException.class,
                () -> json.readValue("{\"inner\":{\"text\":\"\\u0000\"}}", Body.class));
        assertThat(ProblemMappers.jsonPath(e)).isEqualTo("inner.text");
    }

    @Test
    void loneSurrogatesAreRefused() {
        assertThat(StorableText.firstUnstorable("a\ud800b")).isEqualTo(1);
        assertThat(StorableText.firstUnstorable("a\udc00")).isEqualTo(1);
        assertThat(StorableText.firstUnstorable("end\ud83d")).isEqualTo(3);
        assertThat(StorableText.firstUnstorable("🙂 fine")).isEqualTo(-1);
        assertThat(catchThrowableOfType(
                        StorableText.UnstorableTextException.class,
                        () -> json.readValue("{\"title\":\"\\ud800\"}", Body.class)))
                .isNotNull();
    }
}
