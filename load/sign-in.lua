-- wrk script: post the sign-in form with the right password. A success answers 302 to /dashboard; anything else
-- (a failure, a wait) is counted and reported, so a run that did not sign in cannot pass for a fast one.
-- Arguments (from load/sign-in.sh): <XSRF-TOKEN cookie value> <_csrf form value> <email> <password>
local body = ""
local cookie = ""
local threads = {}
wrong = 0

function setup(thread)
  table.insert(threads, thread)
end

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  cookie = "XSRF-TOKEN=" .. args[1]
  body = "_csrf=" .. encode(args[2]) .. "&email=" .. encode(args[3]) .. "&password=" .. encode(args[4])
end

function request()
  return wrk.format("POST", "/sign-in", {["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie}, body)
end

function response(status, headers, body)
  local location = headers["Location"] or ""
  if status ~= 302 or not location:find("/dashboard") then
    wrong = wrong + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("wrong")
  end
  io.write(string.format("not signed in (wrong redirect): %d\n", failed))
  io.write(string.format("sign-ins: %d in %.1f s = %.1f/s; p50 %.0f ms, p90 %.0f ms, p99 %.0f ms; errors %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout))
end
