package vn.pcmt.web.internal;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import vn.pcmt.platform.InputText;

/**
 * Every string of a JSON body passes {@link InputText} while it is read: a refused one makes the body unreadable
 * (a 400 problem naming the field, see {@link ApiProblems}), so no controller and no database sees it. Dates are
 * read strictly (no number of days for a date).
 */
@Configuration(proxyBeanMethods = false)
class InputJackson {

    @Bean
    JsonMapperBuilderCustomizer checkedStrings() {
        SimpleModule module = new SimpleModule("pcmt-checked-strings");
        module.addDeserializer(String.class, new CheckedStringDeserializer());
        // a date is a date: 20250230 is not read as a number of days since 1970
        return builder -> builder.addModule(module)
                .withConfigOverride(
                        java.time.LocalDate.class,
                        o -> o.setFormat(com.fasterxml.jackson.annotation.JsonFormat.Value.forLeniency(false)));
    }

    /** Jackson's own reading of a string, then {@link InputText}'s check. */
    static final class CheckedStringDeserializer extends StdScalarDeserializer<String> {

        CheckedStringDeserializer() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            InputText.Problem problem = InputText.problemOf(text);
            if (problem != null) {
                throw InvalidFormatException.from(p, problem.messageKey(), text, String.class);
            }
            return text;
        }
    }
}
