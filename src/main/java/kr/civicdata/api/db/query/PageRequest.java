package kr.civicdata.api.db.query;

/**
 * Which page of a collection to send; {@link #ALL} is the whole result (for CSV). A page reached by a cursor also
 * carries where it starts ({@link #after}, else null): the rows after its keys, rather than after an offset.
 */
public record PageRequest(int page, int size, Keyset after) {

    public static final PageRequest ALL = new PageRequest(1, Integer.MAX_VALUE);

    public PageRequest(int page, int size) {
        this(page, size, null);
    }

    /** The rows to skip: none for a page that starts after a keyset. */
    public int offset() {
        return after != null ? 0 : (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }

    public boolean isAll() {
        return size == Integer.MAX_VALUE;
    }

    /**
     * The total of the whole result when the rows read for this page tell it, else -1: a page that is not full is the
     * last one, so the rows before it and on it are all there are; a full page, or an empty one past the first, needs
     * a count.
     */
    public long totalFrom(int rowsRead) {
        boolean last = isAll() || rowsRead < size && (rowsRead > 0 || page == 1);
        return last ? (long) (page - 1) * size + rowsRead : -1;
    }
}
