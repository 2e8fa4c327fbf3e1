package kr.civicdata.api.db.query;

import java.util.List;

/**
 * The rows of a collection one request asks for: the value of each filter of its {@link Filters} (null where not
 * given) and the requested sort. What a repository takes: it adds the conditions ({@link #where}) and the order to its
 * query, and reads the values it treats itself ({@link #get}).
 */
public final class Selection {

    private final Filters filters;
    private final Object[] values;
    private final List<SortField> sort;

    private Selection(Filters filters, Object[] values, List<SortField> sort) {
        this.filters = filters;
        this.values = values;
        this.sort = sort;
    }

    /** The value given for this filter, or null. */
    public <T> T get(Filter<T> filter) {
        @SuppressWarnings("unchecked")
        T value = (T) values[index(filters, filter)];
        return value;
    }

    private static int index(Filters filters, Filter<?> filter) {
        int index = filters.indexOf(filter);
        if (index < 0) {
            throw new IllegalArgumentException(filter.name() + " is not a filter of this collection");
        }
        return index;
    }

    /** The conditions of the filters given, in declared order. */
    public Where where() {
        Where where = new Where();
        List<Filter<?>> declared = filters.filters();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                addCondition(declared.get(i), values[i], where);
            }
        }
        return where;
    }

    private static <T> void addCondition(Filter<T> filter, Object value, Where where) {
        if (filter.condition() != null) {
            @SuppressWarnings("unchecked")
            T typed = (T) value;
            filter.condition().addTo(where, typed);
        }
    }

    /**
     * The requested sort, each field as the expressions it sorts by (a field of several expressions gives one
     * {@link SortField} each, in the same direction); empty for the default order.
     */
    public List<SortField> sort() {
        return sort;
    }

    /** Fills a selection with a request's values; used once. */
    public static final class Builder {

        private final Filters filters;
        private final Object[] values;
        private List<SortField> sort = List.of();

        Builder(Filters filters) {
            this.filters = filters;
            this.values = new Object[filters.filters().size()];
        }

        /** The value set for this filter so far, or null. */
        public <T> T get(Filter<T> filter) {
            @SuppressWarnings("unchecked")
            T value = (T) values[index(filters, filter)];
            return value;
        }

        public <T> Builder set(Filter<T> filter, T value) {
            values[index(filters, filter)] = value;
            return this;
        }

        /** The requested sort; the list is kept as given. */
        public Builder sort(List<SortField> sort) {
            this.sort = sort;
            return this;
        }

        public Selection build() {
            return new Selection(filters, values, sort);
        }
    }
}
