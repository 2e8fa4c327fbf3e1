package kr.civicdata.api.web.problem;

import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.quarkus.scheduler.Scheduled;

/**
 * Logs failures at most once per cause in a window ({@code app.log.repeat-window}, a minute): the first occurrence in
 * full, the repeats counted and their number logged when the window closes. An unexpected failure is logged at ERROR
 * with its stack trace; a known one (a 503 of a known cause, a poll that failed) at WARN in one line. A line about a
 * request carries its path and status in the MDC, which the JSON log writes as fields.
 */
@ApplicationScoped
public class FailureLog {

    /** The MDC keys of a line about a request. */
    public static final String PATH = "path";
    public static final String STATUS = "status";

    /** What the first occurrence of a window said, to tell its repeats by. */
    record Told(Logger logger, Logger.Level level, String message, int status) {
    }

    /** Distinct causes tracked at once; they are code paths, not data, so a few hundred is plenty. */
    private static final int MAX_CAUSES = 1000;

    @Inject
    LogConfig config;

    private Throttle<Told> throttle;

    @PostConstruct
    void init() {
        throttle = new Throttle<>(config.repeatWindow().toNanos(), MAX_CAUSES);
    }

    /** An unexpected failure answering the request at the path (null for none): at ERROR, with its stack trace. */
    public void unexpected(Logger logger, Throwable failure, String path) {
        String message = "Unexpected failure" + (path == null ? "" : " answering " + path) + ": " + summary(failure);
        log(logger, Logger.Level.ERROR, "unexpected " + signature(failure), message, failure, path, 500);
    }

    /**
     * A failure of a known kind, about the request at the path with the status it was answered (null and 0 for none):
     * at WARN, in one line; the key names the kind, so that each is throttled apart.
     */
    public void known(Logger logger, String key, String message, String path, int status) {
        log(logger, Logger.Level.WARN, key, message, null, path, status);
    }

    private void log(Logger logger, Logger.Level level, String key, String message, Throwable failure, String path,
            int status) {
        Throttle.Decision decision = throttle.occurred(key, new Told(logger, level, message, status),
                System.nanoTime());
        if (!decision.log()) {
            if (logger.isDebugEnabled()) {
                withRequest(path, status, () -> logger.debug(message, failure));
            }
            return;
        }
        String told = decision.untoldRepeats() == 0
                ? message
                : message + " (and " + decision.untoldRepeats() + " more like it before, not logged one by one)";
        withRequest(path, status, () -> logger.log(level, told, failure));
    }

    /** Tells the repeats of the windows that have closed. */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tellRepeats() {
        long windowSeconds = TimeUnit.NANOSECONDS.toSeconds(config.repeatWindow().toNanos());
        for (Throttle.Repeats<Told> repeats : throttle.closed(System.nanoTime())) {
            Told first = repeats.first();
            withRequest(null, first.status(), () -> first.logger().logf(first.level(),
                    "%d more like it in the %d s after it, not logged one by one: %s", repeats.count(),
                    windowSeconds, first.message()));
        }
    }

    /** Runs the logging with the request's path and status in the MDC (JSON logs write them as fields). */
    static void withRequest(String path, int status, Runnable logging) {
        if (path != null) {
            MDC.put(PATH, path);
        }
        if (status > 0) {
            MDC.put(STATUS, Integer.toString(status));
        }
        try {
            logging.run();
        } finally {
            MDC.remove(PATH);
            MDC.remove(STATUS);
        }
    }

    /**
     * One line for an exception and its causes: each one's class and message, from the outside in, a message said
     * once only (a wrapper often repeats its cause's).
     */
    static String summary(Throwable failure) {
        StringBuilder line = new StringBuilder();
        String previous = null;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 5; t = t.getCause() == t ? null : t.getCause(), depth++) {
            String message = t.getMessage();
            if (line.length() > 0) {
                line.append(" <- ");
            }
            line.append(t.getClass().getSimpleName());
            if (message != null && (previous == null || !previous.contains(message))) {
                line.append(": ").append(message.length() > 300 ? message.substring(0, 300) + "…" : message);
            }
            previous = message;
        }
        return line.toString();
    }

    /**
     * What makes two failures the same cause: the classes of the exception and its causes, and where the innermost was
     * thrown; not the messages, which carry ids and values.
     */
    static String signature(Throwable failure) {
        StringBuilder key = new StringBuilder();
        Throwable innermost = failure;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 10; t = t.getCause() == t ? null : t.getCause(), depth++) {
            key.append(t.getClass().getName()).append(" <- ");
            innermost = t;
        }
        StackTraceElement[] frames = innermost.getStackTrace();
        return frames.length == 0 ? key.toString() : key.append(frames[0]).toString();
    }
}
