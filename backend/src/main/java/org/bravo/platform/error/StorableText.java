package org.bravo.platform.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every string read from a JSON body must be text PostgreSQL can store: no NUL (legal in JSON as {@code \u0000},
 * refused by the database with a 500) and no lone UTF-16 surrogate (legal as {@code \ud800}, silently turned into
 * '?' on the way to the database). Such a value is refused while the body is read, before anything is written,
 * as a 422 naming the field ({@link ProblemMappers}): the body is well-formed, one of its values is not acceptable.
 */
@Singleton
public class StorableText implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new Deserializer()));
    }

    /** The position of the first character no stored text may hold, or -1. */
    public static int firstUnstorable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                return i;
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    static final class Deserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && firstUnstorable(value) >= 0) {
                throw new UnstorableTextException(p);
            }
            return value;
        }
    }

    /**
     * A mismatched input for the body reader, which then hands it to the mappers as is; Jackson adds the field's
     * path to this very exception as it unwinds, so the 422 can name it.
     */
    static final class UnstorableTextException extends MismatchedInputException {
        UnstorableTextException(JsonParser p) {
            super(p, "A string contains a NUL character or a lone UTF-16 surrogate.");
        }
    }
}
