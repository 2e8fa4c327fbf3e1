package kr.civicdata.api.health;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.config.MeterFilter;

/** Filters of the metrics at /q/metrics, applied by Quarkus to every registry before the first meter is registered. */
public class MeterFilters {

    /**
     * The number of Netty's event-loop workers, a constant of the configuration. Micrometer's Netty binder registers it
     * once per event-loop group Quarkus instruments, and Micrometer warns at every start that the second registration is
     * ignored (quarkusio/quarkus#52014, since Micrometer 1.16): a warning an operator can do nothing about, in a log that
     * must stay quiet for the ones that matter. Denied, the gauge is never registered, so never twice.
     */
    static final String NETTY_WORKERS = "netty.eventexecutor.workers";

    @Produces
    @Singleton
    MeterFilter denyNettyWorkers() {
        return MeterFilter.deny(id -> id.getName().equals(NETTY_WORKERS));
    }
}
