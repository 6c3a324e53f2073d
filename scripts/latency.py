#!/usr/bin/env python3
"""Latency of the running reader on a big briefing, in a pseudo-terminal:
warm keys (median and 99th percentile), the first hits of a search, the next
full frame after a width change, and CPU while idle. Start-up beside `less`
is `first-frame.py`'s; this is its sibling and shares its conventions.

    cargo build --release
    cargo run --release --example generate -- 10000000 /tmp/big.toml
    python3 scripts/latency.py /tmp/big.toml [--keys 300] [--searches 20]
        [--resizes 12] [--sizes 80x24,160x50] [--only keys,search,resize,idle]

Every figure is a median with its spread over many samples; timings on a
shared machine are noisy, so nothing here is a pass or a fail, and no test
asserts on time.

- keys: `j`, `k`, `G`, `g`, PgDn (and PgUp, to come back) typed in pairs in
  one warm reader, a few milliseconds apart; the clock runs from writing the
  key to the last byte of the redraw (output quiet for 3 ms).
- search: `/`, then `e`, after the reader has been idle for a moment and
  for a while; two clocks run from writing `e`: to the first hit shown
  (the status bar's `match N`, counting or not) and to the count of all matches. The screen
  is read through a terminal emulator (pyte: `pip install pyte`), because
  the reader rewrites only the cells that change, so the bytes alone do not
  say what the status bar shows.
- resize: the pseudo-terminal is set to a new width (the kernel sends the
  child SIGWINCH); the clock runs until the new frame's status bar, its last
  row, has been written. At the top, in the middle (`]` to the middle
  section) and at the end (`G`).
- idle: CPU ticks and bytes written over five seconds with no input.
"""

import argparse
import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import termios
import time

try:
    import pyte
except ImportError:  # Only the search figures need it.
    pyte = None

ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]|\x1b\][^\x07]*\x07")
PGDN, PGUP = b"\x1b[6~", b"\x1b[5~"
NAMES = {b"j": "j", b"k": "k", b"G": "G", b"g": "g", PGDN: "PgDn", PGUP: "PgUp"}


def plain(raw):
    """The text written, escapes removed and spaces squeezed."""
    return re.sub(rb"\s+", b" ", ESCAPES.sub(b" ", raw))


def set_size(fd, cols, rows):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


class Reader:
    """brief on `path` in a fresh pseudo-terminal, its first frame shown and
    its start-up work (laying out the rest of a big briefing) done."""

    def __init__(self, brief, path, cols, rows):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            env = dict(os.environ, TERM="xterm-256color", NO_COLOR="1")
            os.execvpe(brief, [brief, "--no-state", path], env)
        set_size(self.fd, cols, rows)
        self.screen = pyte.Screen(cols, rows) if pyte else None
        self.stream = pyte.ByteStream(self.screen) if pyte else None
        if self.until(rb"help", 10) is None:
            self.close()
            raise RuntimeError("no first frame within 10 s")
        self.quiet(2.0)

    def read(self, wait):
        if not select.select([self.fd], [], [], wait)[0]:
            return None
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:
            return b""
        if self.stream is not None:
            self.stream.feed(chunk)
        return chunk

    def shown(self, patterns, timeout):
        """Seconds until each of `patterns` first shows on the emulated
        screen (None for one that never did)."""
        start = time.perf_counter()
        found = {}
        while len(found) < len(patterns) and time.perf_counter() - start < timeout:
            chunk = self.read(0.05)
            if chunk == b"":
                break
            if chunk:
                now = time.perf_counter() - start
                text = "\n".join(self.screen.display)
                for p in patterns:
                    if p not in found and re.search(p, text):
                        found[p] = now
        return [found.get(p) for p in patterns]

    def until(self, pattern, timeout):
        """Seconds until the text written matches `pattern`, or None."""
        start = time.perf_counter()
        seen = b""
        while time.perf_counter() - start < timeout:
            chunk = self.read(0.05)
            if chunk == b"":
                return None
            if chunk:
                seen += chunk
                if re.search(pattern, plain(seen)):
                    return time.perf_counter() - start
        return None

    def quiet(self, settle):
        """Read everything written for `settle` seconds, and on until quiet."""
        end = time.perf_counter() + settle
        while self.read(max(0.0, end - time.perf_counter()) or 0.05):
            pass

    def key(self, key, gap=0.003):
        """Seconds from writing `key` to the last byte of the answer."""
        sent = time.perf_counter()
        os.write(self.fd, key)
        last = sent
        wait = 10.0
        while self.read(wait):
            last = time.perf_counter()
            wait = gap
        return last - sent

    def cpu_ticks(self):
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])

    def close(self):
        os.kill(self.pid, signal.SIGTERM)
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        os.close(self.fd)


def spread(samples):
    """Median, 99th percentile and range, in milliseconds."""
    ms = sorted(s * 1000 for s in samples)
    p99 = ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))]
    return f"median {statistics.median(ms):.2f}, p99 {p99:.2f}, min {ms[0]:.2f}, max {ms[-1]:.2f} ms (n={len(ms)})"


def keys(args, cols, rows):
    times = {k: [] for k in NAMES}
    # Three readers, so one unlucky start does not colour every sample.
    for _ in range(3):
        r = Reader(args.brief, args.big, cols, rows)
        try:
            for pair in ((b"j", b"k"), (b"G", b"g"), (PGDN, PGUP)):
                for _ in range(max(1, args.keys // 3)):
                    for k in pair:
                        times[k].append(r.key(k))
        finally:
            r.close()
    for k, name in NAMES.items():
        print(f"key {name} at {cols}x{rows}: {spread(times[k])}")


def search(args):
    if pyte is None:
        print("search: skipped; it reads the screen through pyte (pip install pyte)")
        return
    for idle in (0.1, 1.5):
        first, count = [], []
        r = Reader(args.brief, args.big, 80, 24)
        try:
            for _ in range(args.searches):
                r.quiet(idle)
                r.key(b"/")
                os.write(r.fd, b"e")
                t_first, t_count = r.shown([r"match \d+", r"match \d+/\d+"], 10)
                if t_first is not None:
                    first.append(t_first)
                if t_count is not None:
                    count.append(t_count)
                # Esc closes the prompt, and a second drops the search.
                r.key(b"\x1b")
                r.key(b"\x1b")
        finally:
            r.close()
        print(f"search /e after {idle} s idle, to the first hit shown: {spread(first)}")
        print(f"search /e after {idle} s idle, to the count of matches: {spread(count)}")


def resize(args):
    sections = len(re.findall(rb"^\[\[sections\]\]", open(args.big, "rb").read(), re.M))
    places = (("top", b""), ("middle", b"]" * (sections // 2)), ("end", b"G"))
    for name, keys in places:
        times = []
        for _ in range(3):
            r = Reader(args.brief, args.big, 80, 24)
            try:
                if keys:
                    os.write(r.fd, keys)
                    r.quiet(1.0)
                for i in range(max(1, args.resizes // 3)):
                    width = 100 if i % 2 == 0 else 80
                    set_size(r.fd, width, 24)
                    if r.screen is not None:
                        r.screen.resize(24, width)
                    t = r.until(rb"help", 10)
                    if t is not None:
                        times.append(t)
                    # Let the rest of the layout finish, as a reader would.
                    r.quiet(1.0)
            finally:
                r.close()
        print(f"width change at the {name}, to the full frame: {spread(times)}")


def idle(args):
    r = Reader(args.brief, args.big, 80, 24)
    try:
        before = r.cpu_ticks()
        start = time.perf_counter()
        written = 0
        while time.perf_counter() - start < 5.0:
            chunk = r.read(0.5)
            written += len(chunk or b"")
        ticks = r.cpu_ticks() - before
    finally:
        r.close()
    hz = os.sysconf("SC_CLK_TCK")
    print(f"idle for 5 s: {ticks} CPU ticks ({ticks * 1000 // hz} ms), {written} bytes written")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser()
    parser.add_argument("big", help="a generated briefing, e.g. from examples/generate")
    parser.add_argument("--brief", default=os.path.join(root, "target/release/brief"))
    parser.add_argument("--keys", type=int, default=300, help="samples a key and size")
    parser.add_argument("--searches", type=int, default=20)
    parser.add_argument("--resizes", type=int, default=12, help="samples a place")
    parser.add_argument("--sizes", default="80x24,160x50")
    parser.add_argument("--only", default="keys,search,resize,idle")
    args = parser.parse_args()
    only = args.only.split(",")
    if "keys" in only:
        for size in args.sizes.split(","):
            cols, rows = (int(n) for n in size.split("x"))
            keys(args, cols, rows)
    if "search" in only:
        search(args)
    if "resize" in only:
        resize(args)
    if "idle" in only:
        idle(args)


if __name__ == "__main__":
    main()
