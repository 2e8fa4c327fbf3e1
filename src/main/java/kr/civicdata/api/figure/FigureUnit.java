package kr.civicdata.api.figure;

import java.math.BigDecimal;

import kr.civicdata.api.money.MoneyUnit;

/** What a figure counts or measures. Money units convert to won through {@link MoneyUnit}. */
public enum FigureUnit {
    /** 원. */
    KRW(MoneyUnit.KRW),
    /** 천원. */
    THOUSAND_KRW(MoneyUnit.THOUSAND_KRW),
    /** 백만원. */
    MILLION_KRW(MoneyUnit.MILLION_KRW),
    /** 억원. */
    HUNDRED_MILLION_KRW(MoneyUnit.HUNDRED_MILLION_KRW),
    /** 명. */
    PERSON(null),
    /** 개, 개소, 회 ... */
    COUNT(null),
    /** 가구, 가정, 호. */
    HOUSEHOLD(null),
    /** 팀, 개팀. */
    TEAM(null),
    /** 시간. */
    HOUR(null),
    /** 년, and 세 for an age in full years (만 19~39세): a number of years. */
    YEAR(null),
    /** ㎡. */
    SQUARE_METRE(null),
    /** %. */
    PERCENT(null);

    private final MoneyUnit money;

    FigureUnit(MoneyUnit money) {
        this.money = money;
    }

    /** The value in won for a money unit; null for any other unit or a missing value. */
    public BigDecimal toKrw(BigDecimal value) {
        return money == null ? null : money.toKrw(value);
    }
}
