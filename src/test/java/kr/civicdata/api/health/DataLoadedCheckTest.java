package kr.civicdata.api.health;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import kr.civicdata.api.web.representation.DataVersion;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A replica whose database holds no data yet is not ready; it stays alive and waits for the data-version poll. */
class DataLoadedCheckTest {

    @Test
    void should_be_down_before_any_data_was_seen() {
        DataLoadedCheck check = new DataLoadedCheck();
        check.dataVersion = new DataVersion();
        HealthCheckResponse response = check.call();
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("the database holds no loaded data yet", response.getData().orElseThrow().get("reason"));
    }
}
