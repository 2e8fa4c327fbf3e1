package kr.civicdata.api.pledge;

import kr.civicdata.api.db.query.ValueType;

/**
 * A pledge named in a filter, either by its code ({@code 1-1}, within whichever government is filtered) or by its id
 * ({@code gwangju-seo:1-1}); exactly one of the two is set.
 */
record PledgeKey(String id, String code) {

    private static final String CODE = "[0-9]{1,4}(-[0-9]{1,4}){1,5}";

    /** A filter's value: a value that is neither a code nor an id is a 400, an unknown one matches nothing. */
    static final ValueType<PledgeKey> TYPE = ValueType.id().map(PledgeKey::of,
            "must be a pledge code such as 1-1 or a pledge id such as gwangju-seo:1-1");

    /** The pledge an id-like text names, or null when it is neither a code nor an id. */
    private static PledgeKey of(String value) {
        if (value.matches(CODE)) {
            return new PledgeKey(null, value);
        }
        if (value.matches("[a-z0-9][a-z0-9-]*:" + CODE)) {
            return new PledgeKey(value, null);
        }
        return null;
    }

    /** As given: the canonical text of the filter. */
    @Override
    public String toString() {
        return id != null ? id : code;
    }
}
