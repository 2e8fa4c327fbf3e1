package kr.civicdata.api.web.representation;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Last-Modified is sent as an IMF-fixdate (RFC 9110 section 5.6.7), and If-Modified-Since is read in that form. */
class HttpDateTest {

    @Test
    void should_send_a_day_of_the_month_below_ten_with_two_digits() {
        DataVersion.Snapshot snapshot = new DataVersion.Snapshot("v", Instant.parse("2026-12-02T01:24:42Z"));
        assertEquals("Wed, 02 Dec 2026 01:24:42 GMT", snapshot.httpDate());
    }

    @Test
    void should_send_the_example_date_of_rfc_9110_as_printed_there() {
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT",
                new DataVersion.Snapshot("v", Instant.parse("1994-11-06T08:49:37Z")).httpDate());
    }

    @Test
    void should_read_back_the_date_it_sends_as_not_modified() {
        Instant loaded = Instant.parse("2026-12-02T01:24:42Z");
        String sent = new DataVersion.Snapshot("v", loaded).httpDate();
        assertTrue(AnswerHeaders.notModified(null, sent, "\"e\"", loaded));
    }
}
