-- Prints wrk's results as name=value lines for feed-benchmark.sh: throughput, latency
-- percentiles (from wrk's own histogram, in milliseconds) and errors. The Cookie header is
-- given on the command line with -H.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("wrk_requests=%d\n", summary.requests))
  io.write(string.format("wrk_rps=%.1f\n", summary.requests / seconds))
  io.write(string.format("wrk_p50_ms=%.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("wrk_p99_ms=%.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("wrk_errors=%d\n", e.connect + e.read + e.write + e.status + e.timeout))
end
