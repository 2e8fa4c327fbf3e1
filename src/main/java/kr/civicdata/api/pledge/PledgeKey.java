package kr.civicdata.api.pledge;

import kr.civicdata.api.web.query.QueryParams;

/**
 * A pledge named in a filter, either by its code ({@code 1-1}, within whichever government is filtered) or by its id
 * ({@code gwangju-seo:1-1}); exactly one of the two is set.
 */
record PledgeKey(String id, String code) {

    private static final String CODE = "[0-9]{1,4}(-[0-9]{1,4}){1,5}";

    /** Reads the parameter; a value that is neither a code nor an id is a 400, an unknown one matches nothing. */
    static PledgeKey read(QueryParams params, String name) {
        String value = params.id(name);
        if (value == null) {
            return null;
        }
        if (value.matches(CODE)) {
            return new PledgeKey(null, value);
        }
        if (value.matches("[a-z0-9][a-z0-9-]*:" + CODE)) {
            return new PledgeKey(value, null);
        }
        params.reject(name, "must be a pledge code such as 1-1 or a pledge id such as gwangju-seo:1-1");
        return null;
    }
}
