package kr.civicdata.api.government;

/** 광역 (a metropolitan city or province) or 기초 (a city, county or district within one). */
public enum GovernmentLevel {
    /** 광역자치단체. */
    METROPOLITAN,
    /** 기초자치단체. */
    BASIC
}
