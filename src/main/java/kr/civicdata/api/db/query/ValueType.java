package kr.civicdata.api.db.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The values a filter takes, read from the text of a query parameter: how the text is read, what a client is told
 * when it is not a value, the value's canonical text (the same for every spelling of one value: {@code 050} and
 * {@code 50}, {@code basic} and {@code BASIC}, for the cache key and the paging links), and how the contract
 * describes the values.
 */
public interface ValueType<T> {

    /** The value the text stands for, or null when it stands for none (then {@link #problem} says why). */
    T parse(String text);

    /** Why the text, which {@link #parse} refused, is no value: the end of "parameter x ...", as "must be ...". */
    String problem(String text);

    /** The value as text, the same for every spelling of it. */
    default String canonical(T value) {
        return value.toString();
    }

    /** How the contract describes the values. */
    Schema schema();

    /**
     * The schema of a parameter in the contract: its JSON type and bounds, the values it lists, or the name of a
     * schema of the contract that describes it.
     */
    record Schema(String type, Long minimum, Long maximum, List<?> enumeration, String reference) {

        static Schema of(String type) {
            return new Schema(type, null, null, null, null);
        }
    }

    /** Any text, as given (a search term). */
    static ValueType<String> text() {
        return Text.TEXT;
    }

    /** An id: letters, digits and {@code - _ : .} only. */
    static ValueType<String> id() {
        return Text.ID;
    }

    /** An integer from min to max, described by its bounds. */
    static IntegerType integer(int min, int max) {
        return new IntegerType(min, max, false);
    }

    /** A date as ISO 8601 (YYYY-MM-DD), described as a string. */
    static ValueType<LocalDate> date() {
        return DateType.DATE;
    }

    /** One of the constants of an enum, by name, in any case; described by the list of its names. */
    static <E extends Enum<E>> EnumType<E> enumeration(Class<E> type) {
        return new EnumType<>(type, false, null);
    }

    /**
     * This type's values, read further into another type: {@code read} gives null for a value it does not take, and
     * the client is then told {@code problem}. The value's canonical text is its {@code toString()}.
     */
    default <R> ValueType<R> map(Function<T, R> read, String problem) {
        ValueType<T> base = this;
        return new ValueType<>() {
            @Override
            public R parse(String text) {
                T value = base.parse(text);
                return value == null ? null : read.apply(value);
            }

            @Override
            public String problem(String text) {
                return base.parse(text) == null ? base.problem(text) : problem;
            }

            @Override
            public Schema schema() {
                return base.schema();
            }
        };
    }

    /** Text as given, or an id. */
    enum Text implements ValueType<String> {
        TEXT(null, null), ID(Pattern.compile("[A-Za-z0-9._:\\-]+"),
                "must be an id made of letters, digits and - _ : . (for example gwangju-seo)");

        private final Pattern pattern;
        private final String problem;

        Text(Pattern pattern, String problem) {
            this.pattern = pattern;
            this.problem = problem;
        }

        @Override
        public String parse(String text) {
            return pattern == null || pattern.matcher(text).matches() ? text : null;
        }

        @Override
        public String problem(String text) {
            return problem;
        }

        @Override
        public Schema schema() {
            return Schema.of("string");
        }
    }

    /** An integer from min to max; {@code eachListed}: the contract lists every value instead of the bounds. */
    record IntegerType(int min, int max, boolean eachListed) implements ValueType<Integer> {

        private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,10}");

        /** The same values, each listed in the contract (for a handful of them, such as a depth of 1 or 2). */
        public IntegerType listed() {
            return new IntegerType(min, max, true);
        }

        @Override
        public Integer parse(String text) {
            if (!INTEGER.matcher(text).matches()) {
                return null;
            }
            long value = Long.parseLong(text);
            return value < min || value > max ? null : (int) value;
        }

        @Override
        public String problem(String text) {
            return "must be an integer from " + min + " to " + max;
        }

        @Override
        public Schema schema() {
            return eachListed
                    ? new Schema("integer", null, null, IntStream.rangeClosed(min, max).boxed().toList(), null)
                    : new Schema("integer", (long) min, (long) max, null, null);
        }
    }

    /** An ISO 8601 date. */
    enum DateType implements ValueType<LocalDate> {
        DATE;

        private static final Pattern DATE_TEXT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

        @Override
        public LocalDate parse(String text) {
            if (!DATE_TEXT.matcher(text).matches()) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        @Override
        public String problem(String text) {
            return "must be a date in the form YYYY-MM-DD, for example 2023-05-24";
        }

        @Override
        public Schema schema() {
            return Schema.of("string");
        }
    }

    /**
     * The constants of an enum; {@code lowerCaseNames}: the contract lists them in lower case; {@code reference}:
     * the contract's schema that describes them, instead of a list.
     */
    record EnumType<E extends Enum<E>>(Class<E> type, boolean lowerCaseNames, String reference)
            implements
                ValueType<E> {

        /** The contract lists the names in lower case (the API takes any case). */
        public EnumType<E> lowerCase() {
            return new EnumType<>(type, true, reference);
        }

        /** The contract refers to its schema of this name instead of listing the names. */
        public EnumType<E> describedBy(String schema) {
            return new EnumType<>(type, lowerCaseNames, schema);
        }

        @Override
        public E parse(String text) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(text)) {
                    return constant;
                }
            }
            return null;
        }

        @Override
        public String problem(String text) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "));
        }

        @Override
        public String canonical(E value) {
            return value.name();
        }

        @Override
        public Schema schema() {
            if (reference != null) {
                return new Schema(null, null, null, null, reference);
            }
            return new Schema("string", null, null, Arrays.stream(type.getEnumConstants())
                    .map(constant -> lowerCaseNames ? constant.name().toLowerCase(Locale.ROOT) : constant.name())
                    .toList(), null);
        }
    }
}
