#!/usr/bin/env python3
"""Fault trials against the HTTP edge of a JCherry app jar; one line per trial with its figures.

  python3 bench/edge_faults.py --jar samples/hello/target/hello.jar [--trials malformed,slow,stop]

malformed: a set of malformed and smuggling-shaped requests; counts wrong answers (a 200 or a
           second answer to a faulty message, no Connection: close, a hang).
slow:      N connections send a head and 2 bytes of a 100-byte body and stall; times plain GETs.
stop:      32 keep-alive clients, SIGTERM mid-load; counts answered, refused cleanly, lost, and
           the exit status and time.
Needs only python3 and java. Figures from a loaded machine are only comparable within a run.
"""
import argparse, os, signal, socket, subprocess, sys, threading, time

GOOD = b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"
MALFORMED = [
    ("http09", b"GET /\r\n\r\n", b"400"),
    ("http30", b"GET / HTTP/3.0\r\nHost: x\r\n\r\n", b"505"),
    ("connect", b"CONNECT x:443 HTTP/1.1\r\nHost: x\r\n\r\n", b"501"),
    ("ctl-target", b"GET /\x01 HTTP/1.1\r\nHost: x\r\n\r\n", b"400"),
    ("tab-target", b"GET /a\tb HTTP/1.1\r\nHost: x\r\n\r\n", b"400"),
    ("cr-target", b"GET /a\rb HTTP/1.1\r\nHost: x\r\n\r\n", b"400"),
    ("obs-fold", b"GET / HTTP/1.1\r\nHost: x\r\nX: a\r\n b\r\n\r\n", b"400"),
    ("te-chunked-gzip", b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n" + GOOD, b"400"),
    ("te-foo", b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: foo\r\n\r\nhello", b"400"),
    ("te-and-cl", b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n" + GOOD, b"400"),
    ("chunk-longer", b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n" + GOOD, b"400"),
    ("chunk-no-crlf", b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX", b"400"),
    ("good-then-garbage", GOOD + b"GARBAGE\x01\r\n\r\n", b"200,400"),
]


def start(jar, port):
    p = subprocess.Popen(["java", "-Xmx256m", "-jar", jar, "--port", str(port)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return p
        except OSError:
            time.sleep(0.1)
    p.kill()
    sys.exit("the app did not start")


def exchange(port, data, timeout=3):
    s = socket.create_connection(("127.0.0.1", port))
    s.settimeout(timeout)
    s.sendall(data)
    got, hang = b"", False
    try:
        while True:
            b = s.recv(65536)
            if not b:
                break
            got += b
    except socket.timeout:
        hang = True
    except ConnectionResetError:
        pass
    s.close()
    return got, hang


def malformed(port, args):
    wrong = []
    for name, data, want in MALFORMED:
        got, hang = exchange(port, data)
        # A status line after a body runs into it: count them where they start.
        statuses = b",".join(part[:3] for part in got.split(b"HTTP/1.1 ")[1:])
        if hang or statuses != want or b"Connection: close" not in got:
            wrong.append(name)
    print(f"trial=malformed cases={len(MALFORMED)} wrong={len(wrong)} {' '.join(wrong)}")


def slow(port, args):
    stalled = []
    for _ in range(args.slow):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nab")
        stalled.append(s)
    worst, failed = 0.0, 0
    for _ in range(20):
        t = time.time()
        got, hang = exchange(port, b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 5)
        worst = max(worst, time.time() - t)
        failed += 0 if got.startswith(b"HTTP/1.1 200") else 1
    for s in stalled:
        s.close()
    print(f"trial=slow stalled_bodies={args.slow} gets=20 failed={failed} worst_ms={worst*1000:.0f}")


def stop(port, args, proc):
    counts = {"answered": 0, "turned_away": 0, "refused": 0, "lost": 0}
    lock, stopping = threading.Lock(), threading.Event()

    def count(k):
        with lock:
            counts[k] += 1

    def client():
        while True:
            try:
                s = socket.create_connection(("127.0.0.1", port), 2)
            except OSError:
                count("refused")
                return
            s.settimeout(10)
            f = s.makefile("rb")
            try:
                while True:
                    s.sendall(GOOD)
                    line = f.readline()
                    if not line:
                        count("lost")
                        return
                    head, length = [line], 0
                    while True:
                        h = f.readline()
                        head.append(h)
                        if h.lower().startswith(b"content-length:"):
                            length = int(h.split(b":")[1])
                        if h in (b"\r\n", b""):
                            break
                    f.read(length)
                    count("answered" if b" 200 " in line else "turned_away")
                    if any(h.lower().startswith(b"connection: close") for h in head):
                        break
            except OSError:
                count("lost")
                return
            finally:
                s.close()

    threads = [threading.Thread(target=client) for _ in range(32)]
    for t in threads:
        t.start()
    time.sleep(2)
    t0 = time.time()
    proc.send_signal(signal.SIGTERM)
    status = proc.wait(30)
    took = time.time() - t0
    for t in threads:
        t.join(15)
    print(f"trial=stop clients=32 answered={counts['answered']} turned_away={counts['turned_away']}"
          f" refused={counts['refused']} lost={counts['lost']} exit={status} exit_s={took:.1f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", required=True)
    ap.add_argument("--port", type=int, default=18190)
    ap.add_argument("--trials", default="malformed,slow,stop")
    ap.add_argument("--slow", type=int, default=50)
    args = ap.parse_args()
    proc = start(args.jar, args.port)
    try:
        for trial in args.trials.split(","):
            if trial == "stop":
                stop(args.port, args, proc)
            else:
                globals()[trial](args.port, args)
    finally:
        if proc.poll() is None:
            proc.kill()


if __name__ == "__main__":
    main()
