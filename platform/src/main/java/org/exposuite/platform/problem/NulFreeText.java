package org.exposuite.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Text with the NUL character (U+0000) is refused where it is read, as a field problem: PostgreSQL cannot store it,
 * so it would otherwise fail deep in a transaction.
 */
@Singleton
public class NulFreeText implements ObjectMapperCustomizer {

    static final String MESSAGE = "must not contain the NUL character (U+0000)";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("nul-free-text").addDeserializer(String.class, new Deserializer()));
    }

    static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(parser, MESSAGE, text, String.class);
            }
            return text;
        }
    }
}
