package vn.hoptac.plumbing.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import vn.hoptac.plumbing.alliance.BusinessCalendar;

/**
 * Request bodies are read strictly: a value of the wrong kind is refused, never coerced. No number
 * for a boolean or a date, no {@code "false"} for a boolean, no {@code 1.9} for whole đồng, months or
 * basis points, no enum by number or with spaces, no trailing tokens. Text may not hold control
 * characters or unpaired surrogates ({@link Text}); a date is {@code yyyy-MM-dd} within
 * {@link BusinessCalendar#EARLIEST} … {@link BusinessCalendar#LATEST}. Event data has its own mapper
 * ({@code EventJson}); this one is the web's.
 */
public final class StrictJson implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Boolean, config -> refuse(config, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.String, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Integer, config -> refuse(config, CoercionInputShape.Float,
                        CoercionInputShape.String, CoercionInputShape.Boolean, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Float, config -> refuse(config, CoercionInputShape.String,
                        CoercionInputShape.Boolean, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Enum, config -> refuse(config, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Collection, config -> refuse(config, CoercionInputShape.String,
                        CoercionInputShape.EmptyString))
                .addModule(new SimpleModule("hoptac-strict-input")
                        .addDeserializer(String.class, new StrictText())
                        .addDeserializer(LocalDate.class, new StrictDate())
                        .setDeserializerModifier(new ExactEnums()));
    }

    private static void refuse(MutableCoercionConfig config, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Text as sent, if it is text a report can print. */
    static final class StrictText extends ValueDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw MismatchedInputException.from(parser, String.class, "must be text (a JSON string), not "
                        + describe(parser.currentToken()));
            }
            String text = parser.getString();
            Text.problem(text).ifPresent(problem -> {
                throw MismatchedInputException.from(parser, String.class, problem);
            });
            return text;
        }
    }

    /** {@code yyyy-MM-dd}, and a date a request may name. */
    static final class StrictDate extends ValueDeserializer<LocalDate> {
        static final String EXPECTED = "must be a date written yyyy-MM-dd, from " + BusinessCalendar.EARLIEST + " to "
                + BusinessCalendar.LATEST;

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING || !parser.getString().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw MismatchedInputException.from(parser, LocalDate.class, EXPECTED);
            }
            try {
                LocalDate date = LocalDate.parse(parser.getString());
                if (!BusinessCalendar.plausible(date)) {
                    throw MismatchedInputException.from(parser, LocalDate.class, EXPECTED);
                }
                return date;
            } catch (DateTimeParseException e) {
                throw MismatchedInputException.from(parser, LocalDate.class, "is not a date on the calendar: "
                        + parser.getString());
            }
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }

    /** An enum's constant is its exact name: Jackson would otherwise also take it with spaces around. */
    static final class ExactEnums extends ValueDeserializerModifier {
        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            Set<String> names = Arrays.stream(type.getRawClass().getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.toUnmodifiableSet());
            return new ExactEnum(deserializer, names, type.getRawClass());
        }
    }

    static final class ExactEnum extends tools.jackson.databind.deser.std.DelegatingDeserializer {
        private final Set<String> names;
        private final Class<?> type;

        ExactEnum(ValueDeserializer<?> delegate, Set<String> names, Class<?> type) {
            super(delegate);
            this.names = names;
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new ExactEnum(delegate, names, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING && !names.contains(parser.getString())) {
                throw InvalidFormatException.from(parser, "not one of the values", parser.getString(), type);
            }
            return super.deserialize(parser, context);
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            default -> String.valueOf(token);
        };
    }
}
