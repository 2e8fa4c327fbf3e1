package kr.civicdata.api.catalog;

/**
 * Fired after this process loaded a new version of the data, so that {@code web.DataVersion} looks at once instead of
 * at its next poll. Nothing else observes it: state derived from the data belongs to a generation of
 * {@code DataVersion}, which sees a load by any process alike.
 */
public record DataLoaded(String version) {
}
