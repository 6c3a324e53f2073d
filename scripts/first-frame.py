#!/usr/bin/env python3
"""Time from start to the first full frame, brief beside `less`, in one run.

Each command runs in a fresh pseudo-terminal (80x24 by default) and the clock
stops when the text it is expected to show is on the screen (the raw output
is searched, with escape sequences removed). Runs alternate between the
commands so machine noise falls on both alike. Usage:

    cargo build --release
    cargo run --release --example generate -- 10000000 /tmp/big.toml
    python3 scripts/first-frame.py [--runs 20] [--big /tmp/big.toml] [--size 80x24]

It prints the median and the spread of each, and the ratio brief / less.
With `--keys`, it also times G, g, j and PgDn, each the first key after two
idle seconds in a fresh reader (a cold key). With `--warm N`, it times key
pairs typed back and forth N times in one running reader, with the CPU time
each key cost the reader's main thread (a warm key, as while reading).
`--runs 0` skips the start-up timings.
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


QUIET = 0.03


def drain_until_quiet(fd, deadline, first=QUIET):
    """Read until no output for QUIET seconds; returns when the last byte came.
    The first byte is waited for up to `first` seconds: an answer slower than
    QUIET must not be cut off and then counted as part of the next one."""
    last = time.perf_counter()
    wait = first
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], wait)
        wait = QUIET
        if not ready:
            return last
        try:
            if not os.read(fd, 65536):
                return last
        except OSError:
            return last
        last = time.perf_counter()
    return last


def headline_of(path):
    """The first words of a generated briefing's headline, as shown on screen."""
    with open(path, "rb") as f:
        headline = re.search(rb'^headline = "([^"]{1,20})', f.read(4096), re.M)
    return headline.group(1) if headline else b"headline"


def stop(pid, fd):
    """End a command started in a pseudo-terminal and close the terminal."""
    os.kill(pid, signal.SIGTERM)
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(fd)


def first_frame(argv, expect, rows=24, cols=80, timeout=10.0, keys=()):
    """Seconds until `expect` (bytes) shows, or None on timeout; then, for
    each key in `keys`, the seconds from sending it to the last byte of the
    screen's answer (the output going quiet)."""
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
        if found is not None and keys:
            # Let start-up finish (brief lays out the rest of a big briefing
            # straight after its first frame) before timing keys.
            settle = time.perf_counter() + 2.0
            while time.perf_counter() < settle:
                drain_until_quiet(fd, settle)
            answers = []
            for key in keys:
                sent = time.perf_counter()
                os.write(fd, key)
                answers.append(drain_until_quiet(fd, sent + timeout, first=timeout) - sent)
            found = (found, answers)
    finally:
        stop(pid, fd)
    return found


def cpu_ns(pid):
    """CPU time the process's main thread has used, in nanoseconds."""
    with open(f"/proc/{pid}/schedstat") as f:
        return int(f.read().split()[0])


def warm_keys(argv, expect, pairs, repeats, rows=24, cols=80):
    """Each pair of keys typed back and forth `repeats` times in one running
    reader, a few milliseconds apart: the reader is warm, as while someone
    reads. Returns {key: (median seconds to the last byte, CPU ns a key)}."""
    pid, fd = pty.fork()
    if pid == 0:
        env = dict(os.environ, TERM="xterm-256color", LESS="", NO_COLOR="1")
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    result = {}
    try:
        seen = b""
        start = time.perf_counter()
        while expect not in re.sub(rb"\s+", b" ", ESCAPES.sub(b" ", seen)):
            if time.perf_counter() - start > 10 or not select.select([fd], [], [], 0.05)[0]:
                if time.perf_counter() - start > 10:
                    return None
                continue
            seen += os.read(fd, 65536)
        settle = time.perf_counter() + 2.0
        while time.perf_counter() < settle:
            drain_until_quiet(fd, settle)
        for pair in pairs:
            times = {key: [] for key in pair}
            cpu = {key: 0 for key in pair}
            for _ in range(repeats):
                for key in pair:
                    before = cpu_ns(pid)
                    sent = time.perf_counter()
                    os.write(fd, key)
                    last = sent
                    ready = select.select([fd], [], [], 10)[0]
                    while ready:
                        os.read(fd, 65536)
                        last = time.perf_counter()
                        ready = select.select([fd], [], [], 0.003)[0]
                    times[key].append(last - sent)
                    cpu[key] += cpu_ns(pid) - before
            for key in pair:
                result[key] = (statistics.median(times[key]), cpu[key] / repeats)
    finally:
        stop(pid, fd)
    return result


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--brief", default=os.path.join(root, "target/release/brief"))
    parser.add_argument("--big", help="a generated briefing, e.g. from examples/generate")
    parser.add_argument("--keys", action="store_true",
                        help="also time G, g, j and PgDn on the big briefing, beside less")
    parser.add_argument("--warm", type=int, metavar="N", default=0,
                        help="also time key pairs (G g, j k, PgDn PgUp) typed back and forth "
                             "N times in one running reader, beside less")
    parser.add_argument("--size", default="80x24", help="columns x rows of the pseudo-terminal")
    args = parser.parse_args()
    cols, rows = (int(n) for n in args.size.split("x"))
    if args.warm and args.big:
        pairs = [(b"G", b"g"), (b"j", b"k"), (b"\x1b[6~", b"\x1b[5~")]
        names = {b"G": "G", b"g": "g", b"j": "j", b"k": "k", b"\x1b[6~": "PgDn", b"\x1b[5~": "PgUp"}
        expect = headline_of(args.big)
        # Alternating brief and less, so machine noise falls on both alike.
        runs = {"brief": [], "less": []}
        for _ in range(3):
            for tool, argv in (("brief", [args.brief, "--no-state", args.big]), ("less", ["less", args.big])):
                result = warm_keys(argv, expect, pairs, max(1, args.warm // 3), rows, cols)
                if result is not None:
                    runs[tool].append(result)
        for pair in pairs:
            for key in pair:
                b = statistics.median(r[key][0] for r in runs["brief"]) * 1000
                l = statistics.median(r[key][0] for r in runs["less"]) * 1000
                bc = statistics.median(r[key][1] for r in runs["brief"]) / 1000
                lc = statistics.median(r[key][1] for r in runs["less"]) / 1000
                print(f"warm key {names[key]} on 10 MB: brief {b:.3f} ms ({bc:.0f} µs CPU), "
                      f"less {l:.3f} ms ({lc:.0f} µs CPU)")
    if args.keys and args.big:
        keys = [(b"G", "G"), (b"g", "g"), (b"j", "j"), (b"\x1b[6~", "PgDn")]
        expect = headline_of(args.big)
        times = {"brief": [], "less": []}
        for _ in range(max(3, args.runs // 4)):
            for tool, argv in (("brief", [args.brief, "--no-state", args.big]), ("less", ["less", args.big])):
                result = first_frame(argv, expect, rows, cols, keys=[k for k, _ in keys])
                if result is not None:
                    times[tool].append(result[1])
        for i, (_, name) in enumerate(keys):
            b = statistics.median(t[i] for t in times["brief"]) * 1000
            l = statistics.median(t[i] for t in times["less"]) * 1000
            print(f"key {name} on 10 MB: brief {b:.2f} ms, less {l:.2f} ms "
                  f"(time to the output going quiet, less {QUIET * 1000:.0f} ms of quiet)")
    bundled = os.path.join(root, "briefings/istanbul-talks.toml")
    # Both show the headline's first words on their first screen.
    cases = [("bundled", bundled, b"Istanbul to host")]
    if args.big:
        cases.append(("10 MB", args.big, headline_of(args.big)))
    for name, path, expect in cases if args.runs else []:
        times = {"brief": [], "less": []}
        for _ in range(args.runs):
            for tool, argv in (("brief", [args.brief, "--no-state", path]), ("less", ["less", path])):
                t = first_frame(argv, expect, rows, cols)
                if t is not None:
                    times[tool].append(t)
        b, l = statistics.median(times["brief"]), statistics.median(times["less"])
        print(f"{name}: brief {b * 1000:.1f} ms (n={len(times['brief'])}, "
              f"min {min(times['brief']) * 1000:.1f}), less {l * 1000:.1f} ms "
              f"(n={len(times['less'])}, min {min(times['less']) * 1000:.1f}), ratio {b / l:.2f}")


if __name__ == "__main__":
    main()
