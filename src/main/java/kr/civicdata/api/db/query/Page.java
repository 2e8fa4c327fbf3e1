package kr.civicdata.api.db.query;

import java.util.List;

/** Rows of one page and the number of rows of the whole filtered result. */
public record Page<T>(List<T> rows, long total) {
}
