package kr.civicdata.api.db.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one collection can be filtered and sorted by, declared once, in the order the contract and the error messages
 * list them: its {@link Filter}s, its {@link Sortable} fields, the pairs of filters whose values must be in order, and
 * what the contract says of the sort. Everything else comes from it: the parameters a request may give, reading and
 * checking their values, the 400 that names a bad one, the canonical parameters of the cache key and the paging links,
 * the conditions and order of the query ({@link Selection}), and the parameters of the contract.
 *
 * <p>
 * The conditions and sort expressions are written in the query language of the repository that runs them, one
 * language per collection: HQL over the aliases of its query, or SQL over the columns.
 */
public final class Filters {

    /**
     * The OpenAPI extension by which a collection's operation names its declaration, as the class and the name of its
     * public static field, in its {@code @Operation}: {@code extensions = @Extension(name = Filters.EXTENSION, value =
     * "kr.civicdata.api.pledge.InvestmentRepository.FILTERS")} (an {@code @Extension} on the method itself would
     * be copied onto its responses too). The contract's parameters are made from the declaration, and the extension
     * is left out of the contract.
     */
    public static final String EXTENSION = "x-filters";

    /** Parameter names every collection has, which no filter may take. */
    private static final Set<String> RESERVED = Set.of("sort", "page", "size", "format");

    /** Two filters whose values, when both are given, must be in order: low on or before high. */
    public record Ordered<T extends Comparable<? super T>>(Filter<T> low, Filter<T> high) {
    }

    private final List<Filter<?>> filters;
    private final List<Sortable> sortables;
    private final List<Ordered<?>> ordered;
    private final String sortNote;
    private final String defaultSort;
    private final String sortExample;
    private final String sortableNames;

    private Filters(Builder builder) {
        this.filters = List.copyOf(builder.filters);
        this.sortables = List.copyOf(builder.sortables);
        this.ordered = List.copyOf(builder.ordered);
        this.sortNote = builder.sortNote;
        this.defaultSort = builder.defaultSort;
        this.sortExample = builder.sortExample;
        this.sortableNames = sortables.stream().map(Sortable::name).collect(Collectors.joining(", "));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The filters, in declared order. */
    public List<Filter<?>> filters() {
        return filters;
    }

    /** The declared filter of this name, or null. */
    public Filter<?> filter(String name) {
        for (int i = 0; i < filters.size(); i++) {
            if (filters.get(i).name().equals(name)) {
                return filters.get(i);
            }
        }
        return null;
    }

    /** The position of this filter (the very declaration, not one like it), or -1. */
    int indexOf(Filter<?> filter) {
        for (int i = 0; i < filters.size(); i++) {
            if (filters.get(i) == filter) {
                return i;
            }
        }
        return -1;
    }

    /** The sortable fields, in declared order. */
    public List<Sortable> sortables() {
        return sortables;
    }

    /** The sortable field of this name, or null. */
    public Sortable sortable(String name) {
        for (int i = 0; i < sortables.size(); i++) {
            if (sortables.get(i).name().equals(name)) {
                return sortables.get(i);
            }
        }
        return null;
    }

    /** The names of the sortable fields, in declared order, comma-separated (for messages). */
    public String sortableNames() {
        return sortableNames;
    }

    /** The pairs of filters whose values must be in order. */
    public List<Ordered<?>> ordered() {
        return ordered;
    }

    /** What the contract says of the order besides the fields (nulls, special orders), or null. */
    public String sortNote() {
        return sortNote;
    }

    /** The default order, as a sort parameter, when the contract states it with the sort; else null. */
    public String defaultSort() {
        return defaultSort;
    }

    /** An example of the sort parameter for the contract. */
    public String sortExample() {
        return sortExample;
    }

    /** A new {@link Selection} of this collection, to fill with the values of a request. */
    public Selection.Builder select() {
        return new Selection.Builder(this);
    }

    /** Declares a collection: its filters, then its sort fields, each in the order the contract lists them. */
    public static final class Builder {

        private final List<Filter<?>> filters = new ArrayList<>();
        private final List<Sortable> sortables = new ArrayList<>();
        private final List<Ordered<?>> ordered = new ArrayList<>();
        private final Set<String> names = new HashSet<>();
        private String sortNote;
        private String defaultSort;
        private String sortExample;

        private Builder() {
        }

        /** A filter: the name of its parameter, its values, the condition it adds, its description and example. */
        public <T> Builder filter(String name, ValueType<T> type, Condition<? super T> condition, String description,
                Object example) {
            return filter(Filter.of(name, type, condition, description, example));
        }

        /** A filter declared before, kept in a constant for the code that reads its value. */
        public Builder filter(Filter<?> filter) {
            if (RESERVED.contains(filter.name()) || !names.add(filter.name())) {
                throw new IllegalArgumentException("Parameter name taken: " + filter.name());
            }
            filters.add(filter);
            return this;
        }

        /** Two declared filters whose values, when both are given, must be in order: low on or before high. */
        public <T extends Comparable<? super T>> Builder ordered(Filter<T> low, Filter<T> high) {
            if (!filters.contains(low) || !filters.contains(high)) {
                throw new IllegalArgumentException("Declare " + low.name() + " and " + high.name() + " first");
            }
            ordered.add(new Ordered<>(low, high));
            return this;
        }

        /**
         * A range over one expression, in one line: two filters, {@code lowName} (the expression at least the value)
         * and {@code highName} (at most the value), both inclusive, which must be in order when both are given. A row
         * whose expression is null (no amount, no date) matches neither.
         *
         * @param description what the expression is, as it ends "rows whose ... is at least this"
         */
        public <T extends Comparable<? super T>> Builder range(String lowName, String highName, ValueType<T> type,
                String expression, String description, Object lowExample, Object highExample) {
            Filter<T> low = Filter.of(lowName, type, Condition.of(expression + " >= :value"),
                    "Rows whose " + description + " is at least this (inclusive).", lowExample);
            Filter<T> high = Filter.of(highName, type, Condition.of(expression + " <= :value"),
                    "Rows whose " + description + " is at most this (inclusive).", highExample);
            return filter(low).filter(high).ordered(low, high);
        }

        /**
         * A sortable field: its API name, what the contract says of its order (null when the name says it all), and
         * the expressions it sorts by.
         */
        public Builder sort(String name, String note, String... expressions) {
            if (sortables.stream().anyMatch(sortable -> sortable.name().equals(name))) {
                throw new IllegalArgumentException("Sort field declared twice: " + name);
            }
            sortables.add(new Sortable(name, note, List.of(expressions)));
            return this;
        }

        /** What the contract says of the order besides the fields, such as where rows without a value go. */
        public Builder sortNote(String note) {
            this.sortNote = note;
            return this;
        }

        /** The default order, as a sort parameter, for a collection whose contract states it with the sort. */
        public Builder defaultSort(String sort) {
            this.defaultSort = sort;
            return this;
        }

        /** An example of the sort parameter for the contract. */
        public Builder sortExample(String example) {
            this.sortExample = example;
            return this;
        }

        public Filters build() {
            if (sortables.isEmpty() || sortExample == null) {
                throw new IllegalStateException("A collection declares its sort fields and an example of its sort");
            }
            return new Filters(this);
        }
    }
}
