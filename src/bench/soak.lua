-- wrk script of the soak run (src/bench/soak.sh): a fixed mix of API requests. Every tenth request asks for
-- something the service has never answered (a new search word), so the database keeps working and the store of
-- ready representations keeps filling and evicting; every third asks for gzip. At the end of a run it prints one
-- line that soak.sh parses.

local paths = {
  "/api/v1/governments",
  "/api/v1/governments/seoul",
  "/api/v1/governments?level=BASIC&sort=-name",
  "/api/v1/pledges",
  "/api/v1/pledges?area=3&depth=1&sort=-total&size=2",
  "/api/v1/pledges/gwangju-seo:3-3-4",
  "/api/v1/investments?pledge=3-3&fiscalYear=2023",
  "/api/v1/investments/summary",
  "/api/v1/investments/summary?groupBy=area",
  "/api/v1/disaster-response-stages?alertLevel=CAUTION",
  "/api/v1/disaster-response-plans",
  "/api/v1/execution-results?kind=EXECUTION&depth=0",
  "/api/v1/execution-results?format=csv",
  "/api/v1/achievements?government=incheon-seo&from=2021-01-01&to=2021-12-31",
  "/api/v1/figures?size=20",
  "/api/v1/datasets",
  "/api/v1/datasets/gwangju-seo-pledge-plan",
  "/api/v1/consistency?status=MISMATCH",
  "/api/v1/consistency/summary",
  "/api/v1/pledges?format=csv",
}

local counter = 0
local thread_id = 0
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("thread_id", next_id)
end

function init(args)
  math.randomseed(1000 + thread_id)
end

function request()
  counter = counter + 1
  local path
  if counter % 10 == 0 then
    path = "/api/v1/figures?q=soak" .. thread_id .. "x" .. counter
  else
    path = paths[math.random(#paths)]
  end
  local headers = {}
  if counter % 3 == 0 then
    headers["Accept-Encoding"] = "gzip"
  end
  return wrk.format("GET", path, headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "SOAK requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d connect=%d read=%d write=%d status=%d timeout=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end
