-- wrk script for bench/static.sh: every request carries the header $HEADER ("Name: value"), set
-- once here, so wrk sends the same bytes each time and runs no Lua per request.
local h = os.getenv("HEADER")
if h and h ~= "" then
  local name, value = h:match("^([^:]+):%s*(.*)$")
  wrk.headers[name] = value
end
