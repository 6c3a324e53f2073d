#!/usr/bin/env python3
"""Time from start to the first full frame, brief beside `less`, in one run.

Each command runs in a fresh pseudo-terminal (80x24 by default) and the clock
stops when the text it is expected to show is on the screen (the raw output
is searched, with escape sequences removed). Runs alternate between the
commands so machine noise falls on both alike. Usage:

    cargo build --release
    cargo run --release --example generate -- 10000000 /tmp/big.toml
    python3 scripts/first-frame.py [--runs 20] [--big /tmp/big.toml]

It prints the median and the spread of each, and the ratio brief / less.
"""

import argparse
import os
import pty
import re
import select
import signal
import statistics
import struct
import fcntl
import termios
import time

ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]|\x1b\][^\x07]*\x07")


def first_frame(argv, expect, rows=24, cols=80, timeout=10.0):
    """Seconds until `expect` (bytes) shows, or None on timeout."""
    pid, fd = pty.fork()
    if pid == 0:
        env = dict(os.environ, TERM="xterm-256color", LESS="", NO_COLOR="1")
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    start = time.perf_counter()
    seen = b""
    found = None
    try:
        while time.perf_counter() - start < timeout:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            # Spaces are compared loosely: a frame may position words with cursor moves.
            plain = re.sub(rb"\s+", b" ", ESCAPES.sub(b" ", seen))
            if expect in plain:
                found = time.perf_counter() - start
                break
    finally:
        os.kill(pid, signal.SIGTERM)
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
        os.close(fd)
    return found


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--brief", default=os.path.join(root, "target/release/brief"))
    parser.add_argument("--big", help="a generated briefing, e.g. from examples/generate")
    args = parser.parse_args()
    bundled = os.path.join(root, "briefings/istanbul-talks.toml")
    # Both show the headline's first words on their first screen.
    cases = [("bundled", bundled, b"Istanbul to host")]
    if args.big:
        with open(args.big, "rb") as f:
            headline = re.search(rb'^headline = "([^"]{1,20})', f.read(4096), re.M)
        cases.append(("10 MB", args.big, headline.group(1) if headline else b"headline"))
    for name, path, expect in cases:
        times = {"brief": [], "less": []}
        for _ in range(args.runs):
            for tool, argv in (("brief", [args.brief, "--no-state", path]), ("less", ["less", path])):
                t = first_frame(argv, expect)
                if t is not None:
                    times[tool].append(t)
        b, l = statistics.median(times["brief"]), statistics.median(times["less"])
        print(f"{name}: brief {b * 1000:.1f} ms (n={len(times['brief'])}, "
              f"min {min(times['brief']) * 1000:.1f}), less {l * 1000:.1f} ms "
              f"(n={len(times['less'])}, min {min(times['less']) * 1000:.1f}), ratio {b / l:.2f}")


if __name__ == "__main__":
    main()
