-- wrk script: the self-check pages, one step per request, cycling through all eight steps of a full self-check.
-- The flow keeps no state on the server (answers travel in the form), so any request can be any step.
-- Arguments (from load/self-check.sh): <XSRF-TOKEN cookie value> <_csrf form value>
-- STEP=n in the environment posts only step n (1-8), to see which step costs most.
-- THINK_MS=n makes each connection a person: after each answer it waits between n/2 and 3n/2 ms (mean n) before
-- posting the next step. Without it every connection posts again the moment an answer arrives (a stress test).
local steps = {
  {"AGE", "AGE=40"},
  {"RED_FLAGS_EMERGENCY", "E_SADDLE=NO&E_BLADDER=NO&E_LEAK=NO&E_SEX=NO&E_BOTH_LEGS=NO&E_WEAK_WORSE=NO"
    .. "&E_TRAUMA=NO&E_CHEST=NO"},
  {"RED_FLAGS_URGENT", "U_FEVER=NO&U_WEIGHT=NO&U_LUMP=NO&U_NIGHT=NO&U_STRAIN=NO&U_UPPER=NO&U_CANCER=NO"
    .. "&U_BONES=NO&U_INFECT_RISK=NO&U_ONE_LEG=NO"},
  {"RED_FLAGS_SOON", "S_INFLAM=NO&S_STIFF=NO&S_NOT_BETTER=NO&S_DAILY=NO&S_SCIATICA=NO&S_AGE=NO"},
  {"PAIN", "PAIN_WHERE=LEFT&PAIN_NOW=4&PAIN_WORST=6&PAIN_DURATION=WEEKS_2_TO_6&SPASMS=YES&WORSE_WITH=SITTING"},
  {"SITTING", "SIT_HOURS=9&SIT_LONGEST=OVER_120_MIN&BACK_POCKET=YES&LEAN_SIDE=LEFT&CHAIR=OFFICE_CHAIR"},
  {"ACTIVITY", "HARD_GLUTE_WORK=NO&WORSE_AFTER_TRAINING=NO_TRAINING&GLUTES_TIGHT=NO&STANDING_WORK=NO"
    .. "&ACTIVE_WEEK=UNDER_30_MIN"},
  {"SELF_TESTS", "T1_SQUEEZE_LEFT=WEAK&T1_SQUEEZE_RIGHT=FIRM&T2_ONE_SIDE_LEFT=PARTLY&T2_ONE_SIDE_RIGHT=YES"
    .. "&T4_BRIDGE_LEFT=12&T4_BRIDGE_RIGHT=25"},
}

local bodies = {}
local cookie = ""
local counter = 0
local only = tonumber(os.getenv("STEP") or "")

function init(args)
  math.randomseed(os.time())
  cookie = "XSRF-TOKEN=" .. args[1]
  local answers = ""
  for i, step in ipairs(steps) do
    answers = answers .. "&" .. step[2]
    bodies[i] = "_csrf=" .. args[2] .. "&action=next&section=" .. step[1] .. answers
  end
end

local think = tonumber(os.getenv("THINK_MS") or "0")
if think > 0 then
  function delay()
    return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
  end
end

function request()
  counter = counter + 1
  local body = bodies[only or ((counter % #bodies) + 1)]
  return wrk.format("POST", "/self-check", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
  }, body)
end

-- Throughput and latency percentiles, as for the other load runs.
dofile("load/report.lua")
