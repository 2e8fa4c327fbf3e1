package kr.civicdata.api.db.query;

/**
 * Which page of a collection to send. A page reached by a cursor, and each part of a stream after the first, also
 * carries where it starts ({@link #after}, else null): the rows after its keys, rather than after an offset. A request
 * that does not {@link #counted count} asks for the rows only: its repository runs no count (no count query, no count
 * in the page's statement), and its page tells a total only when its own rows tell it ({@link #totalFrom}).
 */
public record PageRequest(int page, int size, Keyset after, boolean counted) {

    public PageRequest(int page, int size) {
        this(page, size, null, true);
    }

    public PageRequest(int page, int size, Keyset after) {
        this(page, size, after, true);
    }

    /** The same rows without the total of the whole result (a part of a stream, which needs it once). */
    public PageRequest uncounted() {
        return new PageRequest(page, size, after, false);
    }

    /** The rows to skip: none for a page that starts after a keyset. */
    public int offset() {
        return after != null ? 0 : (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }

    /**
     * The total of the whole result when the rows read for this page tell it, else -1: a page that is not full is the
     * last one, so the rows before it and on it are all there are; a full page, or an empty one past the first, needs
     * a count.
     */
    public long totalFrom(int rowsRead) {
        boolean last = rowsRead < size && (rowsRead > 0 || page == 1);
        return last ? (long) (page - 1) * size + rowsRead : -1;
    }

    /** Whether the total must be counted: asked for, and not told by the rows read ({@link #totalFrom}). */
    public boolean needsCount(int rowsRead) {
        return counted && totalFrom(rowsRead) < 0;
    }
}
