#!/usr/bin/env python3
"""Time `T` in the reader on a long negotiation, as a person meets it: the
real binary in a pseudo-terminal, the clock stopped when the timeline's
title is on the screen. Usage:

    cargo build --release --examples
    cargo run --release --example rounds -- /tmp/rounds100 100 60 25
    python3 scripts/timeline-open.py /tmp/rounds100 [--runs 10] [--size 160x50]

Two figures, each over RUNS fresh readers opened on the middle round:
- "T when read": T pressed once the reader has idled two seconds (the
  other rounds found by then), from the key to the timeline on screen;
- "T at once": T pressed as soon as the first frame shows, from start-up
  to the timeline on screen (the rounds are read meanwhile, off the UI
  thread, and T waits for them);
and "a key in it": `j` and `l` in the open timeline, alternating with `k`
and `h`, from the key to the last byte of the answer (the output quiet
for 30 ms), 20 keys a run.
Temporary XDG directories keep the configuration and state out of it.
The screen is read through a terminal emulator (pyte: `pip install pyte`):
a frame writes only the cells that changed, so the raw output alone may
never hold the title whole.
"""

import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import tempfile
import termios
import time

import pyte

TITLE = "Timeline · "


class Reader:
    def __init__(self, binary, file, rows, cols, home):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            env = dict(
                os.environ,
                TERM="xterm-256color",
                XDG_CONFIG_HOME=os.path.join(home, "config"),
                XDG_DATA_HOME=os.path.join(home, "data"),
                XDG_STATE_HOME=os.path.join(home, "state"),
            )
            os.execvpe(binary, [binary, "--no-state", file], env)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)

    def shows(self, text):
        return any(text in line for line in self.screen.display)

    def wait_for(self, text, timeout=20.0):
        """Read until the screen shows `text`; the moment it did."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([self.fd], [], [], 0.05)
            if not ready:
                continue
            chunk = os.read(self.fd, 65536)
            if not chunk:
                break
            self.stream.feed(chunk)
            if self.shows(text):
                return time.perf_counter()
        raise SystemExit(f"timed out waiting for {text!r}")

    def idle(self, seconds):
        end = time.perf_counter() + seconds
        while (left := end - time.perf_counter()) > 0:
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                self.stream.feed(os.read(self.fd, 65536))

    def answer(self, key, quiet=0.03):
        """Seconds from sending `key` to the last byte of the answer."""
        sent = time.perf_counter()
        os.write(self.fd, key)
        last = sent
        wait = 5.0
        while True:
            ready, _, _ = select.select([self.fd], [], [], wait)
            if not ready:
                return last - sent
            self.stream.feed(os.read(self.fd, 65536))
            last = time.perf_counter()
            wait = quiet

    def stop(self):
        os.kill(self.pid, signal.SIGTERM)
        # Keep reading while it restores the terminal: a full pty would
        # block its last writes, and it would never exit.
        try:
            while os.read(self.fd, 65536):
                pass
        except OSError:
            pass
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def summary(name, times):
    ms = [t * 1000 for t in times]
    print(
        f"{name:18} median {statistics.median(ms):7.1f} ms  fastest {min(ms):7.1f} ms"
        f"  slowest {max(ms):7.1f} ms  (n={len(ms)})"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--size", default="160x50")
    parser.add_argument("--binary", default="target/release/brief")
    args = parser.parse_args()
    cols, rows = (int(n) for n in args.size.split("x"))
    files = sorted(f for f in os.listdir(args.dir) if f.endswith(".toml"))
    file = os.path.join(args.dir, files[len(files) // 2])
    print(flush=True)
    print(f"{len(files)} rounds in {args.dir}, opened at {os.path.basename(file)}, {args.size}")
    read, at_once, keys = [], [], []
    with tempfile.TemporaryDirectory() as home:
        for _ in range(args.runs):
            r = Reader(args.binary, file, rows, cols, home)
            r.wait_for("? help")
            r.idle(2.0)
            sent = time.perf_counter()
            os.write(r.fd, b"T")
            read.append(r.wait_for(TITLE) - sent)
            r.idle(0.2)
            for key in [b"j", b"k", b"l", b"h"] * 5:
                keys.append(r.answer(key))
            r.stop()

            start = time.perf_counter()
            r = Reader(args.binary, file, rows, cols, home)
            r.wait_for("? help")
            os.write(r.fd, b"T")
            at_once.append(r.wait_for(TITLE) - start)
            r.stop()
    summary("T when read", read)
    summary("T at once", at_once)
    summary("a key in it", keys)


if __name__ == "__main__":
    main()
