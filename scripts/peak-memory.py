#!/usr/bin/env python3
"""Peak memory of brief with a big briefing open, as the kernel counts it
(VmHWM, the resident high-water mark), at three moments: once the whole
briefing is laid out, after a one-letter search (the most hits), and after
a width change (`t`, which lays the text out again). Usage:

    cargo build --release
    cargo run --release --example generate -- 10000000 /tmp/big.toml
    python3 scripts/peak-memory.py /tmp/big.toml

Runs in a fresh 120x40 pseudo-terminal, with temporary XDG directories.
Linux only (it reads /proc).
"""

import fcntl
import os
import pty
import select
import signal
import struct
import sys
import tempfile
import termios
import time


def drain(fd, seconds):
    """Read whatever comes for `seconds`; returns it."""
    out = b""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                out += os.read(fd, 65536)
            except OSError:
                break
    return out


def peak_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = sys.argv[1]
    brief = os.path.join(root, "target/release/brief")
    size_mb = os.path.getsize(path) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, TERM="xterm-256color",
                   XDG_STATE_HOME=tmp, XDG_DATA_HOME=tmp, XDG_CONFIG_HOME=tmp)
        pid, fd = pty.fork()
        if pid == 0:
            os.execvpe(brief, [brief, "--no-state", path], env)
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        try:
            drain(fd, 3.0)
            rows = [("open, laid out", peak_mb(pid))]
            os.write(fd, b"/")
            drain(fd, 0.3)
            os.write(fd, b"e")
            drain(fd, 2.0)
            rows.append(("after searching for \"e\"", peak_mb(pid)))
            os.write(fd, b"\x1b")
            drain(fd, 0.3)
            os.write(fd, b"t")
            drain(fd, 3.0)
            rows.append(("after a width change (t)", peak_mb(pid)))
        finally:
            os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
            os.close(fd)
    for name, mb in rows:
        print(f"{name}: peak {mb:.1f} MB, {mb / size_mb:.2f}x the {size_mb:.1f} MB file")


if __name__ == "__main__":
    main()
