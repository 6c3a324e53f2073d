#!/usr/bin/env python3
"""Time `brief search` over a big library: when the first match is printed,
and when the whole search is over.

Makes (once) a library of generated briefings, about 10 KB each, puts a
term nobody else uses into a few of them, then runs `brief search TERM DIR`
several times, reading its output as it comes. Usage:

    cargo build --release --examples
    python3 scripts/library-search.py [--count 10000] [--bytes 10000] [--runs 10] [--dir /tmp/brief-library]

The page cache is warm after the first run, as it is for a library a person
searches again and again; the first run is shown apart (a colder cache).
It prints the median and the spread of both times, and the library's size.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

TERM = "zephyrine"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def make_library(directory, count, size):
    if os.path.isdir(directory) and len(os.listdir(directory)) >= count:
        return
    example = os.path.join(ROOT, "target", "release", "examples", "generate")
    subprocess.run([example, "--library", str(count), str(size), directory], check=True)
    # The term in a headline near the start, a body in the middle and a
    # position at the end: the first and the last file searched both count.
    for n, (old, new) in zip(
        [2, count // 2, count],
        [
            ('headline = "', 'headline = "Zephyrine '),
            ('body = """', 'body = """A zephyrine clause. '),
            ('text = "', 'text = "Wants the zephyrine clause. '),
        ],
    ):
        path = os.path.join(directory, "briefing-%04d.toml" % n)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new, 1))


def one_run(brief, directory):
    start = time.perf_counter()
    child = subprocess.Popen([brief, "search", TERM, directory], stdout=subprocess.PIPE)
    first = None
    lines = 0
    for _ in child.stdout:
        lines += 1
        if first is None:
            first = time.perf_counter() - start
    child.wait()
    total = time.perf_counter() - start
    return first, total, lines


def describe(name, values):
    ms = [v * 1000 for v in values]
    return "%s: median %.0f ms (min %.0f, max %.0f)" % (
        name,
        statistics.median(ms),
        min(ms),
        max(ms),
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--bytes", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--dir", default="/tmp/brief-library")
    parser.add_argument("--brief", default=os.path.join(ROOT, "target", "release", "brief"))
    args = parser.parse_args()
    make_library(args.dir, args.count, args.bytes)
    size = sum(
        os.path.getsize(os.path.join(args.dir, name)) for name in os.listdir(args.dir)
    )
    print("%d briefings, %.1f MB, %d cores" % (len(os.listdir(args.dir)), size / 1e6, os.cpu_count()))
    first, total, lines = one_run(args.brief, args.dir)
    print("first run: first match %.0f ms, all %.0f ms, %d lines" % (first * 1000, total * 1000, lines))
    firsts, totals = [], []
    for _ in range(args.runs):
        first, total, found = one_run(args.brief, args.dir)
        if found != lines:
            sys.exit("the runs disagree: %d lines, then %d" % (lines, found))
        firsts.append(first)
        totals.append(total)
    print(describe("first match", firsts))
    print(describe("whole search", totals))


if __name__ == "__main__":
    main()
