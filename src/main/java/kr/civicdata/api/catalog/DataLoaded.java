package kr.civicdata.api.catalog;

/** Fired after a new version of the data was loaded: everything derived from the old data is stale. */
public record DataLoaded(String version) {
}
