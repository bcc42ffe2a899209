"""bench/waiting.sh's 50 ms handler in CherryPy 18.8: / sleeps 50 ms, then answers "waited".

Run as: python3 cherrypy_waiting.py PORT THREAD_POOL. The production environment (no autoreload,
no tracebacks) with the screen and access logs off, as JCherry's side runs; thread_pool is
CherryPy's server.thread_pool (10 by default).
"""
import sys
import time

import cherrypy


class Root:
    @cherrypy.expose
    def index(self):
        time.sleep(0.05)
        return "waited"


if __name__ == "__main__":
    port, threads = int(sys.argv[1]), int(sys.argv[2])
    cherrypy.config.update(
        {
            "environment": "production",
            "log.screen": False,
            "server.socket_host": "127.0.0.1",
            "server.socket_port": port,
            "server.thread_pool": threads,
        }
    )
    cherrypy.quickstart(Root())
