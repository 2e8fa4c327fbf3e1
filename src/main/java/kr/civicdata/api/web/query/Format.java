package kr.civicdata.api.web.query;

/**
 * The representations the API sends. CSV and NDJSON (one JSON row per line) are the whole filtered result of a
 * collection, streamed; JSON is one page.
 */
public enum Format {
    JSON("application/json"), CSV("text/csv; charset=utf-8"), NDJSON("application/x-ndjson");

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
