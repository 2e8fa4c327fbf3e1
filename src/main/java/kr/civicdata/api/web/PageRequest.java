package kr.civicdata.api.web;

/** Which page of a collection to send; {@link #ALL} is the whole result (for CSV). */
public record PageRequest(int page, int size) {

    public static final PageRequest ALL = new PageRequest(1, Integer.MAX_VALUE);

    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }

    public boolean isAll() {
        return size == Integer.MAX_VALUE;
    }
}
