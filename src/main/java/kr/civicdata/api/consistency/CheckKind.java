package kr.civicdata.api.consistency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a consistency check recomputes. */
@Schema(name = "ConsistencyCheckKind", description = "What a check recomputes: GRAND_TOTAL (총 계 against the top-level pledges), PARENT_SUM (a parent row against the rows under it), ROW_TOTAL (a row's 총계 against its periods), REMAINDER (잔액 = 예산액 − 집행액, E = A − C − D), RATE (집행률, 불용률), FIGURE_SUM, FIGURE_DIFFERENCE, FIGURE_PRODUCT, FIGURE_GROWTH_RATE (relations between figures printed in the text).")
public enum CheckKind {
    /** A printed grand total (001 {@code 총 계}) against the sum of the top-level pledges, per column. */
    GRAND_TOTAL("총계 = 공약 합계"),
    /** A printed parent row (a pledge, 계, 합 계, 소계) against the sum of the rows under it, per column. */
    PARENT_SUM("상위 = 하위 합계"),
    /** A row's printed total (총계 column) against the sum of its periods. */
    ROW_TOTAL("총계 = 연차별 합계"),
    /** A printed remainder: 잔액 = 예산액 − 집행액, 집행잔액 E = A − C − D. */
    REMAINDER("잔액 = 차감"),
    /** A printed rate (집행률, 불용률) against the rate recomputed from the row and rounded as printed. */
    RATE("비율"),
    /** A printed figure against the sum of the figures it is printed as the total of. */
    FIGURE_SUM("수치 합계"),
    /** A printed change against the difference of the two figures it is printed with. */
    FIGURE_DIFFERENCE("수치 차이"),
    /** A printed figure against the product of the figures it is printed as the product of. */
    FIGURE_PRODUCT("수치 곱"),
    /** A printed growth rate against the rate recomputed from the two figures and rounded as printed. */
    FIGURE_GROWTH_RATE("증가율");

    private final String label;

    CheckKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
