package kr.civicdata.api.consistency;

/** How /api/v1/investments/summary groups the pledges' investments. */
public enum GroupBy {
    /** One row per government and period (2022~2023, 2024, ...). */
    PERIOD,
    /** One row per government and strategy area (the leading number of a pledge code). */
    AREA,
    /** One row per government. */
    GOVERNMENT
}
