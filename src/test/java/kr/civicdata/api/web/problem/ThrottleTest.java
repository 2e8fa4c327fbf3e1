package kr.civicdata.api.web.problem;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first occurrence of a cause in a window is logged, the others counted and told once the window has closed. */
class ThrottleTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;

    @Test
    void should_log_the_first_of_a_window_and_count_the_rest() {
        Throttle<String> throttle = new Throttle<>(MINUTE, 10);
        assertTrue(throttle.occurred("npe", "first", 0).log());
        for (int i = 1; i <= 99; i++) {
            assertFalse(throttle.occurred("npe", "again", i * SECOND / 2).log(), "occurrence " + i);
        }
        assertEquals(List.of(), throttle.closed(59 * SECOND), "told before its window closed");
        assertEquals(List.of(new Throttle.Repeats<>("npe", "first", 99)), throttle.closed(MINUTE));
        assertEquals(List.of(), throttle.closed(2 * MINUTE), "told twice");
        assertTrue(throttle.occurred("npe", "later", 2 * MINUTE).log(), "a window after the last is a new one");
    }

    @Test
    void should_keep_causes_apart() {
        Throttle<String> throttle = new Throttle<>(MINUTE, 10);
        assertTrue(throttle.occurred("npe", "a", 0).log());
        assertTrue(throttle.occurred("timeout", "b", SECOND).log());
        assertFalse(throttle.occurred("npe", "a", 2 * SECOND).log());
        assertEquals(List.of(new Throttle.Repeats<>("npe", "a", 1)), throttle.closed(MINUTE + SECOND / 2));
        assertFalse(throttle.occurred("timeout", "b", MINUTE).log(), "its window is still open");
    }

    @Test
    void should_tell_untold_repeats_with_the_next_occurrence_when_it_comes_first() {
        Throttle<String> throttle = new Throttle<>(MINUTE, 10);
        throttle.occurred("npe", "a", 0);
        throttle.occurred("npe", "a", SECOND);
        throttle.occurred("npe", "a", 2 * SECOND);
        assertEquals(new Throttle.Decision(true, 2), throttle.occurred("npe", "a", MINUTE + SECOND));
        assertEquals(List.of(), throttle.closed(MINUTE + 2 * SECOND), "the repeats were told already");
    }

    @Test
    void should_log_without_tracking_beyond_its_bound() {
        Throttle<String> throttle = new Throttle<>(MINUTE, 2);
        throttle.occurred("a", "a", 0);
        throttle.occurred("b", "b", 0);
        assertTrue(throttle.occurred("c", "c", 0).log());
        assertTrue(throttle.occurred("c", "c", SECOND).log(), "a cause beyond the bound is never held back");
        assertFalse(throttle.occurred("a", "a", SECOND).log());
    }
}
