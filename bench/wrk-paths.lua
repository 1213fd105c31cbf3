-- wrk-paths.lua — wrk script: each request a path not asked before, from a file of URL paths; prints one JSON summary line.
-- wrk -t T -c C -d D -s wrk-paths.lua URL -- PATHS_FILE T
-- Thread k of T takes lines k, k+T, k+2T, … so no two requests ask the same thing
-- until the file runs out (then it starts over, and the summary says how often).
-- Responses other than 200, and 200s whose body is not JSON or HTML, are counted as bad.
local threads = {}

function setup(thread)
	thread:set("id", #threads)
	table.insert(threads, thread)
end

function init(args)
	local file = args[1] or error("wrk-paths.lua: give the file of paths and the thread count after --")
	stride = tonumber(args[2]) or error("wrk-paths.lua: give the thread count after the file")
	paths = {}
	for line in io.lines(file) do
		if line ~= "" then
			paths[#paths + 1] = line
		end
	end
	if #paths == 0 then error("wrk-paths.lua: " .. file .. " holds no paths") end
	pos = id + 1
	wraps = 0
	bad = 0
	bad_status = ""
end

function request()
	local p = paths[pos]
	pos = pos + stride
	if pos > #paths then
		pos = id + 1
		wraps = wraps + 1
	end
	return wrk.format("GET", p)
end

function response(status, headers, body)
	local c = body and body:sub(1, 1) or ""
	if status ~= 200 or (c ~= "{" and c ~= "[" and c ~= "<") then
		bad = bad + 1
		if #bad_status < 200 then bad_status = bad_status .. status .. " " end
	end
end

function done(summary, latency, requests)
	local bad_total, wraps_total, statuses = 0, 0, ""
	for _, t in ipairs(threads) do
		bad_total = bad_total + t:get("bad")
		wraps_total = wraps_total + t:get("wraps")
		statuses = statuses .. t:get("bad_status")
	end
	local e = summary.errors
	io.write(string.format(
		'wrk-json: {"requests": %d, "duration_us": %d, "bytes": %d, ' ..
		'"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
		'"bad": %d, "bad_statuses": "%s", "wraps": %d, ' ..
		'"latency_us": {"p50": %d, "p90": %d, "p99": %d, "max": %d, "mean": %.1f}}\n',
		summary.requests, summary.duration, summary.bytes,
		e.connect, e.read, e.write, e.status, e.timeout,
		bad_total, statuses, wraps_total,
		latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
