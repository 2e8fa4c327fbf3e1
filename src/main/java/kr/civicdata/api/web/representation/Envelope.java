package kr.civicdata.api.web.representation;

import java.util.List;

import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.Paging;

/** The body of every collection answer: one page of rows, its paging facts and links to the neighbouring pages. */
public record Envelope<T>(
        List<T> data,
        Meta meta,
        Links links) {

    /** Page number, page size and the number of rows in the whole filtered result. */
    public record Meta(
            int page,
            int size,
            long total) {
    }

    /** Paging links, relative to the server root (RFC 3986 absolute paths). */
    public record Links(
            String self,
            String first,
            String prev,
            String next,
            String last) {
    }
}
