package kr.civicdata.api.web.problem;

import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Every 503 the service answers, counted by cause ({@code app_http_unavailable_total{cause}}, for dashboards and
 * alerts) and told in the log as a kind, never request by request: a database that cannot be reached by
 * {@link DatabaseOutage}, any other cause at most once a minute by {@link FailureLog}, with the number of repeats.
 */
@Startup // its counters exist, at 0, before the first 503
@ApplicationScoped
class UnavailableAnswers {

    private static final Logger LOG = Logger.getLogger(UnavailableAnswers.class);

    @Inject
    MeterRegistry registry;

    @Inject
    DatabaseOutage outage;

    @Inject
    FailureLog failures;

    private final Map<UnavailableCause, Counter> answered = new EnumMap<>(UnavailableCause.class);

    @PostConstruct
    void init() {
        // Every cause from the start, at 0: a rate or an alert needs the series before the first 503.
        for (UnavailableCause cause : UnavailableCause.values()) {
            answered.put(cause, Counter.builder("app.http.unavailable").tag("cause", cause.tag())
                    .description("Requests answered 503, by cause").register(registry));
        }
    }

    /** Counts a 503 answered to the request at the path, and reports it. */
    void answered(UnavailableCause cause, Throwable failure, String path) {
        answered.get(cause).increment();
        if (cause == UnavailableCause.DATABASE_UNREACHABLE) {
            outage.unreachable(failure, path);
        } else if (!outage.absorbs(cause, path)) {
            failures.known(LOG, cause.tag(), "503 for " + path + ": " + cause.description()
                    + (failure == null || cause == UnavailableCause.BUSY
                            ? ""
                            : " (" + FailureLog.summary(failure) + ")"),
                    path, 503);
        }
    }
}
