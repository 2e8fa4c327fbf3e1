package kr.civicdata.api.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of resource a search finds, each with the collection its items are under. */
@Schema(name = "SearchType", description = "The kind of resource a hit is: GOVERNMENT, PLEDGE, DISASTER_RESPONSE_PLAN, DISASTER_RESPONSE_STAGE, EXECUTION_RESULT, ACHIEVEMENT, FIGURE or DATASET. More kinds may come: a client must accept a value it does not know.")
public enum SearchType {
    GOVERNMENT("governments"), PLEDGE("pledges"), DISASTER_RESPONSE_PLAN(
            "disaster-response-plans"), DISASTER_RESPONSE_STAGE("disaster-response-stages"), EXECUTION_RESULT(
                    "execution-results"), ACHIEVEMENT("achievements"), FIGURE("figures"), DATASET("datasets");

    private final String collection;

    SearchType(String collection) {
        this.collection = collection;
    }

    /** The path of the resource with this id. */
    String link(String id) {
        return "/api/v1/" + collection + "/" + id;
    }
}
