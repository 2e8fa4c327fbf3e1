package kr.civicdata.api.achievement;

/**
 * How precisely the source prints a date or one end of a range, finest first: a date printed to the month covers the
 * whole month. Of two ends printed differently the coarser is the later constant.
 */
public enum DatePrecision {
    /** Printed to the day ({@code ’23. 5. 8.(월)}). */
    DAY,
    /**
     * Printed as a part of a month without a day ({@code ’23. 10월 말}, the end of October): the range covers the whole
     * month, the only bounds the text gives, since Korean fixes no first day for 말 (unlike 하순, the 21st on).
     */
    PART_OF_MONTH,
    /** Printed to the month ({@code 2021.7.}): the range covers whole months. */
    MONTH,
    /** Printed to the year ({@code 2018년}): the range covers whole years. */
    YEAR
}
