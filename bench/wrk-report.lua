-- Prints wrk's results as name=value lines for feed-benchmark.sh: throughput, latency
-- percentiles (from wrk's own histogram, in milliseconds) and errors.
--
-- With COOKIES set to a file of session cookie values (one a line), each request goes out as the
-- next member of that file, so the server sees many readers, each with a network of their own,
-- rather than one reader whose page any cache would serve. Without it, the Cookie header comes
-- from the command line (-H).
local cookies = {}
local next_cookie = 1
local threads = 0

-- Runs once per wrk thread, in wrk's main script state, before the threads start.
setup = function(thread)
  thread:set("thread_index", threads)
  threads = threads + 1
end

init = function(args)
  local file = os.getenv("COOKIES")
  if file then
    for line in io.lines(file) do
      if line ~= "" then
        cookies[#cookies + 1] = "JSESSIONID=" .. line
      end
    end
    -- Each wrk thread has its own copy of this script: spread their starting members.
    next_cookie = (thread_index * 7919) % #cookies + 1
  end
end

request = function()
  if #cookies == 0 then
    return wrk.format()
  end
  local cookie = cookies[next_cookie]
  next_cookie = next_cookie % #cookies + 1
  return wrk.format(nil, nil, { ["Cookie"] = cookie })
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("wrk_requests=%d\n", summary.requests))
  io.write(string.format("wrk_rps=%.1f\n", summary.requests / seconds))
  io.write(string.format("wrk_p50_ms=%.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("wrk_p99_ms=%.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("wrk_errors=%d\n", e.connect + e.read + e.write + e.status + e.timeout))
end
