package kr.civicdata.api.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem details body: every error of the API has this shape. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details, sent as application/problem+json with every error.")
public record Problem(
        @Schema(description = "URI identifying the kind of problem.", examples = "https://localgov-data.kr/problems/invalid-parameter") String type,
        @Schema(description = "Short summary of the kind of problem.", examples = "Invalid parameter") String title,
        @Schema(description = "The HTTP status code.", examples = "400") int status,
        @Schema(description = "What went wrong with this request.", examples = "1 query parameter is invalid.") String detail,
        @Schema(description = "The request path.", examples = "/api/v1/pledges") String instance,
        @Schema(description = "For invalid parameters: each parameter and what was wrong with it.", nullable = true) List<ParameterError> errors) {

    /** One invalid query parameter. */
    @Schema(name = "ParameterError")
    public record ParameterError(
            @Schema(description = "Name of the query parameter.", examples = "size") String parameter,
            @Schema(description = "What was wrong and what is accepted.", examples = "must be an integer from 1 to 1000") String message) {
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://localgov-data.kr/problems/";
}
