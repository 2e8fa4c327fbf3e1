package kr.civicdata.api.web.query;

/** The representations the API sends. */
public enum Format {
    JSON("application/json"), CSV("text/csv; charset=utf-8");

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
