-- wrk script for the fixed-URL scenarios: the request is built once (no request function), as wrk does without a
-- script, so that the load generator costs the same for the service and for nginx. Prints one machine-readable line
-- that benchmark.sh reads.
done = function(summary, latency, requests)
    io.write(string.format("BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d errors=%d non2xx3xx=%d\n",
        summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
        summary.errors.status))
end
