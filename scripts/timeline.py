#!/usr/bin/env python3
"""Time `brief timeline` over a directory of rounds, as a person runs it:
the real binary, output to a file, wall clock from start to exit. Usage:

    cargo build --release
    cargo run --release --example rounds -- /tmp/rounds 1000
    python3 scripts/timeline.py /tmp/rounds --runs 10

Each format (JSON, text at 160 columns, CSV) is run RUNS times after one
warm-up run; the median, the fastest and the slowest are printed. The
directory's files are read from the page cache after the warm-up, as they
are when someone runs the command twice. Temporary XDG directories keep
the configuration out of it.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def run(binary, directory, extra, env):
    with open(os.devnull, "wb") as sink:
        start = time.perf_counter()
        done = subprocess.run(
            [binary, "timeline", directory, *extra],
            stdout=sink,
            stderr=subprocess.PIPE,
            env=env,
            check=False,
        )
        elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"brief timeline failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--binary", default="target/release/brief")
    args = parser.parse_args()
    files = [f for f in os.listdir(args.directory) if f.endswith(".toml")]
    size = sum(os.path.getsize(os.path.join(args.directory, f)) for f in files)
    print(f"{len(files)} files, {size / 1e6:.1f} MB, {os.cpu_count()} cores, {args.binary}")
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
            env[var] = os.path.join(home, var.lower())
        env["HOME"] = home
        for name, extra in [
            ("json", ["--format", "json"]),
            ("text, 160 columns", ["--width", "160", "--color", "never"]),
            ("csv", ["--format", "csv"]),
        ]:
            run(args.binary, args.directory, extra, env)
            times = [run(args.binary, args.directory, extra, env) for _ in range(args.runs)]
            print(
                f"{name:18} median {statistics.median(times) * 1000:7.1f} ms"
                f"  fastest {min(times) * 1000:7.1f} ms  slowest {max(times) * 1000:7.1f} ms"
                f"  (n={args.runs})"
            )


if __name__ == "__main__":
    main()
