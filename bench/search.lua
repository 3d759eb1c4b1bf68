-- wrk script: name searches with a region filter, varied per request; records the app's Server-Timing
-- and whether the public page came from the app's page cache (X-Registry-Cache).
-- Usage: wrk -t1 -c8 -d10s -s search.lua http://127.0.0.1:PORT -- PATHS_FILE OUT_FILE
local paths, out = {}, nil
local i = 0

function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  out = io.open(args[2], "a")
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

function response(status, headers, body)
  local timing = headers["Server-Timing"] or headers["server-timing"]
  if timing then out:write(timing:match("dur=([%d%.]+)") .. "\n") end
  if status ~= 200 then out:write("status " .. status .. "\n") end
  local cache = headers["X-Registry-Cache"] or headers["x-registry-cache"]
  if cache then out:write("cache " .. cache .. "\n") end
end
