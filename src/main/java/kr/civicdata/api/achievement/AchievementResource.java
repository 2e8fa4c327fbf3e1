package kr.civicdata.api.achievement;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.web.problem.ProblemException;
import kr.civicdata.api.web.query.Format;
import kr.civicdata.api.web.query.QueryParams;
import kr.civicdata.api.web.representation.Representations;

/** Dated accomplishments, best-practice cases and work-report results. */
@Path("/api/v1/achievements")
@Tag(name = "Achievements", description = "Dated accomplishments (추진실적), best-practice cases (적극행정 우수사례) and work-report results (업무보고 성과).")
@Produces({"application/json", Format.SPARSE_JSON, "text/csv", "application/x-ndjson"})
public class AchievementResource {

    @Inject
    AchievementRepository repository;

    @Inject
    Representations representations;

    @GET
    @Operation(summary = "List achievements", description = """
            Accomplishments, cases, milestones, awards and plan items as printed in three source documents: \
            002 (인천광역시 서구, 2023 상반기 적극행정 우수사례: five cases with their dated milestones), \
            003 (서울특별시 서대문구, 2018 구정업무 보고: the report, its awards, policy results and regional projects; \
            the article is printed twice in the source and carried once) and 004 (서울특별시, 2023 업무보고: \
            추진실적 items such as field visits, press briefings, meetings and agreements). A date printed to the \
            month or year is a range over the whole month or year (datePrecision); a range whose two ends are \
            printed differently (`2022.4.~ 2023`) gives each end its own precision (dateFromPrecision, \
            dateToPrecision), and datePrecision is the coarser; a part of a month without a day (`’23. 10월 말`) is \
            PART_OF_MONTH over the whole month. The printed form is in dateText. \
            Default order: by start date (undated items last), then printed order. \
            The printed parts of a case (sections) are in the JSON only; the CSV leaves them out.""", extensions = @Extension(name = Filters.EXTENSION, value = "kr.civicdata.api.achievement.AchievementRepository.FILTERS"))
    @APIResponse(responseCode = "200", description = "One page of achievements (JSON) or all of them (CSV, without sections).", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = AchievementView.class)))
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.collection(QueryParams.collection(uri, AchievementRepository.FILTERS), headers,
                AchievementView.class, "achievements", repository::search);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an achievement", description = "One achievement by its id, with the printed parts of a case (sections) and the items that belong to it (children).")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Achievement id.", example = "incheon-seo:case-3")
    @APIResponse(responseCode = "200", description = "The achievement.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AchievementDetailView.class)))
    public Response get(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.item(QueryParams.item(uri), headers,
                () -> repository.detail(id).orElseThrow(() -> ProblemException.notFound("achievement", id)));
    }
}
