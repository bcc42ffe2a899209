-- wrk script for bench/bodies.sh: POSTs the file $BODY with Content-Type $CTYPE on every request.
local f = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = os.getenv("CTYPE")
