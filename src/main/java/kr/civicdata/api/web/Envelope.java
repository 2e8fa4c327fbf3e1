package kr.civicdata.api.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every collection answer: one page of rows, its paging facts and links to the neighbouring pages. */
public record Envelope<T>(
        @Schema(description = "The rows of this page.") List<T> data,
        @Schema(description = "Paging facts.") Meta meta,
        @Schema(description = "Links to this and the neighbouring pages; prev and next are null at the ends.") Links links) {

    /** Page number, page size and the number of rows in the whole filtered result. */
    @Schema(name = "PageMeta")
    public record Meta(
            @Schema(description = "This page, from 1.", examples = "1") int page,
            @Schema(description = "Rows per page (1 to 1000).", examples = "50") int size,
            @Schema(description = "Rows in the whole filtered result.", examples = "62") long total) {
    }

    /** Paging links, relative to the server root (RFC 3986 absolute paths). */
    @Schema(name = "PageLinks")
    public record Links(
            @Schema(examples = "/api/v1/pledges?government=gwangju-seo&page=1&size=50") String self,
            @Schema(examples = "/api/v1/pledges?government=gwangju-seo&page=1&size=50") String first,
            @Schema(nullable = true) String prev,
            @Schema(nullable = true, examples = "/api/v1/pledges?government=gwangju-seo&page=2&size=50") String next,
            @Schema(examples = "/api/v1/pledges?government=gwangju-seo&page=2&size=50") String last) {
    }
}
