package vn.hoptac.plumbing.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import vn.hoptac.plumbing.alliance.BusinessCalendar;

/**
 * Query and path values read as strictly as bodies: a date is {@code yyyy-MM-dd} within the dates a
 * request may name, an enum is its exact name (Spring would trim it).
 */
public final class StrictParameters {

    private StrictParameters() {
    }

    public static final class Dates implements Converter<String, LocalDate> {
        @Override
        public LocalDate convert(String source) {
            if (!source.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new InvalidParameterException("date", StrictJson.StrictDate.EXPECTED);
            }
            try {
                LocalDate date = LocalDate.parse(source);
                if (!BusinessCalendar.plausible(date)) {
                    throw new InvalidParameterException("date", StrictJson.StrictDate.EXPECTED);
                }
                return date;
            } catch (DateTimeParseException e) {
                throw new InvalidParameterException("date", "is not a date on the calendar");
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static final class Enums implements ConverterFactory<String, Enum> {
        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
            return source -> {
                for (T constant : type.getEnumConstants()) {
                    if (constant.name().equals(source)) {
                        return constant;
                    }
                }
                throw new InvalidParameterException(type.getSimpleName(), "must be one of "
                        + Arrays.toString(type.getEnumConstants()));
            };
        }
    }
}
