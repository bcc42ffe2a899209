-- wrk script for bench/sessions.sh: clients that keep their session cookie (KEEP=1) or a new
-- client on every request (KEEP=0), every answer checked. A kept session's counter must climb by
-- one, a new client's must be 1 with an id never seen before, and a server without sessions must
-- answer count=0 with no cookie. done() writes "right wrong fresh" to $CHECK_FILE: the answers
-- right and wrong, and how many session ids were new (kept sessions: no more than the connections).
--
-- wrk's Lua sees its thread, not the connection, so the cookies go round a queue: an answer puts
-- its session id at the back, the next request takes the one at the front. A connection has one
-- request in flight, so no session is ever used by two requests at once and there are as many
-- sessions as connections, each like one client sending one request after another.
local keep = os.getenv("KEEP") == "1"
local queue, first, last = {}, 1, 0
local counts = {}
local headers = {}
right, wrong, fresh = 0, 0, 0 -- globals: done() reads them with thread:get

function request()
  if keep and first <= last then
    headers["Cookie"] = "session_id=" .. queue[first]
    queue[first] = nil
    first = first + 1
    return wrk.format(nil, nil, headers)
  end
  return wrk.format()
end

function response(status, hdrs, body)
  local cookie = hdrs["Set-Cookie"]
  local id = cookie and cookie:match("^session_id=([^;]+)")
  local n = tonumber(body:match("^count=(%d+)$"))
  local want = 0 -- no cookie: a server without sessions
  if id then
    local seen = counts[id]
    if not seen then
      fresh = fresh + 1
      want = 1
    elseif keep then
      want = seen + 1
    else
      want = -1 -- a new client was handed an old session
    end
    counts[id] = n or 0
  end
  if status == 200 and n == want then
    right = right + 1
  else
    wrong = wrong + 1
  end
  if id and keep then
    last = last + 1
    queue[last] = id
  end
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function done(summary, latency, requests)
  local r, w, f = 0, 0, 0
  for _, t in ipairs(threads) do
    r = r + t:get("right")
    w = w + t:get("wrong")
    f = f + t:get("fresh")
  end
  local out = assert(io.open(os.getenv("CHECK_FILE"), "w"))
  out:write(r, " ", w, " ", f, "\n")
  out:close()
end
