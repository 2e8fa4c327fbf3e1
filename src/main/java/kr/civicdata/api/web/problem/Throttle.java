package kr.civicdata.api.web.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which occurrences of a failure to log: the first of each key in a window, the others only counted, their count told
 * once the window has closed. A failure that repeats on every request then writes two lines a window, not one a
 * request. Thread-safe; times are {@link System#nanoTime()} values passed in, so that a test can run the clock.
 *
 * @param <T> what the first occurrence of a window said, kept to tell its repeats by
 */
final class Throttle<T> {

    /** One occurrence's fate: logged or only counted; when logged, the repeats of an earlier window not told yet. */
    record Decision(boolean log, long untoldRepeats) {
    }

    /** The repeats of a closed window: its key, what its first occurrence said, how many followed it. */
    record Repeats<T>(String key, T first, long count) {
    }

    private static final class Window<T> {
        private final long start;
        private final T first;
        private long repeats;

        private Window(long start, T first) {
            this.start = start;
            this.first = first;
        }
    }

    private static final Decision COUNT = new Decision(false, 0);

    private final long windowNanos;
    private final int maxKeys;
    private final ConcurrentMap<String, Window<T>> windows = new ConcurrentHashMap<>();

    /**
     * @param maxKeys windows held at most: beyond, an occurrence of a new key is logged and not tracked (so many
     *            distinct failures at once are news in themselves, and the memory stays bounded)
     */
    Throttle(long windowNanos, int maxKeys) {
        this.windowNanos = windowNanos;
        this.maxKeys = maxKeys;
    }

    /** Records an occurrence of the key at the time given: log it when it opens a window, else count it. */
    Decision occurred(String key, T what, long now) {
        Decision[] decision = {COUNT};
        if (!windows.containsKey(key) && windows.size() >= maxKeys) {
            return new Decision(true, 0);
        }
        windows.compute(key, (k, window) -> {
            if (window != null && now - window.start < windowNanos) {
                window.repeats++;
                return window;
            }
            decision[0] = new Decision(true, window == null ? 0 : window.repeats);
            return new Window<>(now, what);
        });
        return decision[0];
    }

    /** Closes the windows that have ended by the time given; returns those with repeats, to be told. */
    List<Repeats<T>> closed(long now) {
        List<Repeats<T>> told = new ArrayList<>();
        windows.forEach((key, seen) -> windows.computeIfPresent(key, (k, window) -> {
            if (now - window.start < windowNanos) {
                return window;
            }
            if (window.repeats > 0) {
                told.add(new Repeats<>(key, window.first, window.repeats));
            }
            return null;
        }));
        return told;
    }
}
