package kr.civicdata.api.web.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem details body: every error of the API has this shape. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<ParameterError> errors) {

    /** One invalid query parameter. */
    public record ParameterError(
            String parameter,
            String message) {
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://localgov-data.kr/problems/";
}
