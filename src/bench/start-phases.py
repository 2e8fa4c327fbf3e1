#!/usr/bin/env python3
"""The CPU of a start by phase, from async-profiler's collapsed stacks recorded with the `threads` option.

    src/bench/start-phases.py PROFILE.collapsed [MAIN_MS]

Prints each thread group's share of the samples, then the main thread's samples by phase of the start: each stack is
given to the first phase (in the order below) one of whose patterns matches one of its frames. With MAIN_MS (the main
thread's CPU to ready, from /proc, as src/bench/start-profile.sh prints it), each phase also in milliseconds.
docs/performance.md, "Where the start goes".
"""
import collections
import re
import sys

# (phase, frame pattern), in the order of precedence: the narrower first.
PHASES = [
    ("shutdown", r"ApplicationLifecycleManager\$ShutdownHookThread|Application\.stop|Shutdown\."),
    ("our startup observers (data version, schema check, fast path)", r"^kr/civicdata/api/(web|health|catalog|db)/"),
    ("Hibernate ORM boot (metamodel)", r"org/hibernate/|io/quarkus/hibernate/orm/"),
    ("SmallRye OpenAPI: the stored document read, filtered, written as JSON and YAML", r"openapi"),
    ("Flyway (its container, even when it does not migrate)", r"flyway"),
    ("configuration (SmallRye Config)", r"io/smallrye/config/|io/quarkus/runtime/generated/Config"),
    ("Vert.x HTTP, router", r"VertxHttpProcessor|io/vertx/|io/netty/"),
    ("Micrometer", r"[Mm]icrometer"),
    ("Narayana JTA", r"[Nn]arayana|arjuna"),
    ("REST layer (RESTEasy Reactive, Jackson)", r"ResteasyReactive|resteasy|jackson"),
    ("ArC (CDI container)", r"io/quarkus/arc/"),
    ("logging set-up", r"org/jboss/logmanager|LoggingResourceProcessor|io/quarkus/runtime/logging|Logger\.getLogger"),
    ("other Quarkus start", r"io/quarkus/"),
    ("before Main.main (JVM, launcher)", r"^(?!kr/civicdata/api/Main\.main).*$"),
]


def thread_group(name):
    name = re.sub(r"\s*tid=\d+\]$", "", name).lstrip("[")
    if name.startswith("C2 Compiler"):
        return "C2 compiler"
    if name.startswith("C1 Compiler"):
        return "C1 compiler"
    if name == "main":
        return "main"
    if name.startswith(("VM Thread", "GC", "VM Periodic")):
        return "VM, GC"
    if name.startswith("JPA Startup"):
        return "Hibernate ORM session factory (JPA Startup Thread)"
    if name.startswith("PostgreSQL JDBC driver connection"):
        return "JDBC connections (SCRAM-SHA-256 logins)"
    return "other threads"


def main():
    main_ms = float(sys.argv[2]) if len(sys.argv) > 2 else None
    groups = collections.Counter()
    phases = collections.Counter()
    for line in open(sys.argv[1], encoding="utf-8"):
        stack, _, count = line.rstrip("\n").rpartition(" ")
        frames = stack.split(";")
        count = int(count)
        group = thread_group(frames[0])
        groups[group] += count
        if group != "main":
            continue
        java = frames[1:]
        for phase, pattern in PHASES:
            if pattern.startswith("^(?!"):
                if not any(f.startswith("kr/civicdata/api/Main.main") for f in java):
                    phases[phase] += count
                    break
                continue
            if any(re.search(pattern, f) for f in java):
                phases[phase] += count
                break
        else:
            phases["Main.main, the rest (embedded-database check, class loading)"] += count
    total = sum(groups.values())
    print(f"{total} samples")
    for group, count in groups.most_common():
        print(f"{count:7d} {100 * count / total:5.1f} %  {group}")
    main_total = groups["main"]
    print(f"\nmain thread: {main_total} samples" + (f", {main_ms:.0f} ms of CPU" if main_ms else ""))
    for phase, count in phases.most_common():
        ms = f" {main_ms * count / main_total:6.0f} ms" if main_ms else ""
        print(f"{count:7d} {100 * count / main_total:5.1f} %{ms}  {phase}")


if __name__ == "__main__":
    main()
