package kr.civicdata.api.web.query;

/**
 * The representations the API sends. CSV and NDJSON (one JSON row per line) are the whole filtered result of a
 * collection, streamed; JSON is one page.
 */
public enum Format {
    JSON("application/json"), CSV("text/csv; charset=utf-8"), NDJSON("application/x-ndjson");

    /**
     * The type of a JSON answer to a request that names its fields ({@code fields=}): the same JSON with only those
     * fields in each row, so that the contract can describe it with schemas that require none, while
     * {@code application/json} keeps requiring every field. CSV and NDJSON keep their types (a CSV says its columns in
     * its header row; an NDJSON line is described as a row of this type's page).
     */
    public static final String SPARSE_JSON = "application/vnd.localgov.sparse+json";

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
