package kr.civicdata.api.datapackage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A field of a Table Schema, as far as this loader supports Table Schema: the types string, integer, number, boolean
 * and date (default format), and the constraints required, unique, enum, minimum, maximum and pattern. A cell is read
 * to the text the database is given, or to the reason it cannot be.
 */
public final class Field {

    public static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean", "date");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    private static final Pattern EXPONENT = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)[eE][+-]?[0-9]+");
    private static final Set<String> TRUE = Set.of("true", "True", "TRUE", "1");
    private static final Set<String> FALSE = Set.of("false", "False", "FALSE", "0");

    public final String name;
    public final String type;
    public final boolean required;
    public final boolean unique;
    public final List<String> enumeration;
    public final BigDecimal minimum;
    public final BigDecimal maximum;
    public final Pattern pattern;
    public final String description;
    public final String descriptionKo;

    Field(JsonNode field) {
        this.name = field.path("name").asText();
        this.type = field.path("type").asText("string");
        JsonNode constraints = field.path("constraints");
        this.required = constraints.path("required").asBoolean(false);
        this.unique = constraints.path("unique").asBoolean(false);
        List<String> values = new ArrayList<>();
        constraints.path("enum").forEach(v -> values.add(v.asText()));
        this.enumeration = constraints.has("enum") ? List.copyOf(values) : null;
        this.minimum = constraints.has("minimum") ? constraints.get("minimum").decimalValue() : null;
        this.maximum = constraints.has("maximum") ? constraints.get("maximum").decimalValue() : null;
        // A Table Schema pattern is an XML Schema regular expression matched against the whole value.
        this.pattern = constraints.has("pattern") ? Pattern.compile(constraints.get("pattern").asText()) : null;
        this.description = field.path("description").asText(null);
        this.descriptionKo = field.path("descriptionKo").asText(null);
    }

    /**
     * The text of a present (not missing) cell as the database takes it, or throws {@link Invalid} with the problem.
     * Numbers keep the digits as written, so that 873.20 stays 873.20.
     */
    public String read(String cell) throws Invalid {
        String value = switch (type) {
            case "integer" -> {
                if (!INTEGER.matcher(cell).matches()) {
                    throw new Invalid("not an integer" + hint(cell));
                }
                yield cell.startsWith("+") ? cell.substring(1) : cell;
            }
            case "number" -> {
                if (EXPONENT.matcher(cell).matches()) {
                    throw new Invalid("a number with an exponent: write it as printed, in plain digits");
                }
                if (!NUMBER.matcher(cell).matches()) {
                    throw new Invalid("not a number (plain digits, a point for decimals, no thousands separator)"
                            + hint(cell));
                }
                yield cell.startsWith("+") ? cell.substring(1) : cell;
            }
            case "boolean" -> {
                if (TRUE.contains(cell)) {
                    yield "true";
                }
                if (FALSE.contains(cell)) {
                    yield "false";
                }
                throw new Invalid("not a boolean (true or false)");
            }
            case "date" -> {
                try {
                    LocalDate.parse(cell);
                } catch (DateTimeParseException e) {
                    throw new Invalid(cell.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")
                            ? "not a date of the calendar"
                            : "not a date in the form YYYY-MM-DD");
                }
                yield cell;
            }
            default -> cell;
        };
        if (enumeration != null && !enumeration.contains(value)) {
            throw new Invalid("not one of " + String.join(", ", enumeration));
        }
        if (pattern != null && !pattern.matcher(value).matches()) {
            throw new Invalid("does not match the pattern " + pattern.pattern());
        }
        if (minimum != null && new BigDecimal(value).compareTo(minimum) < 0) {
            throw new Invalid("less than the minimum " + minimum.toPlainString());
        }
        if (maximum != null && new BigDecimal(value).compareTo(maximum) > 0) {
            throw new Invalid("more than the maximum " + maximum.toPlainString());
        }
        return value;
    }

    /** Why a printed - or 비예산 is no number: the API keeps them apart from 0 and from each other. */
    private static String hint(String cell) {
        String trimmed = cell.strip();
        if (trimmed.equals("-") || trimmed.equals("비예산")) {
            return "; a printed " + trimmed + " is an empty amount with its status (NONE for -, NON_BUDGET for 비예산)";
        }
        if (trimmed.matches("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?")) {
            return "; write it without the thousands separator";
        }
        return "";
    }

    /** A cell that the field does not accept. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message, null, false, false);
        }
    }
}
