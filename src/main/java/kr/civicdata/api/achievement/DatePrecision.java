package kr.civicdata.api.achievement;

/** How precisely the source prints a date: a date printed to the month covers the whole month. */
public enum DatePrecision {
    /** Printed to the day ({@code ’23. 5. 8.(월)}). */
    DAY,
    /** Printed to the month ({@code 2021.7.}): the range covers whole months. */
    MONTH,
    /** Printed to the year ({@code 2018년}): the range covers whole years. */
    YEAR
}
