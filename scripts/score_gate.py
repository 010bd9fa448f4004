#!/usr/bin/env python3
"""Fail unless the figures of ../shared/tools/score.py reach issue 2's bar.

usage: score_gate.py [SCORE_OUTPUT]     (reads stdin when no file is given)
       score_gate.py --self-test

The last non-empty line of score.py's output holds the figures, e.g.

  precision=1.000 recall=1.000 f1=1.000 metric=1.000 ... mismatch_found=1/1 false_alarms=0

Exit status 0 when every figure passes, 1 (with one line per failure on
stderr) when any fails or is missing, 2 on bad usage.
"""
import sys

# The bar of issue 2: figure -> (how it is compared, threshold).
MINIMUMS = {
    "precision": 0.95,
    "recall": 0.95,
    "check": 1.0,
    "metric": 0.90,
    "unit": 0.90,
    "year": 0.90,
    "qualifier": 0.90,
    "kind": 0.90,
}


def figures(line):
    """The key=value pairs of one score line, values as written."""
    out = {}
    for part in line.split():
        key, sep, value = part.partition("=")
        if sep:
            out[key] = value
    return out


def failures(text):
    """What falls short in score.py's output, one message each (empty: pass)."""
    lines = [l for l in text.splitlines() if l.strip()]
    if not lines:
        return ["score output is empty"]
    got = figures(lines[-1])
    out = []
    for key, minimum in MINIMUMS.items():
        if key not in got:
            out.append(f"{key}: missing from the score line")
            continue
        try:
            value = float(got[key])
        except ValueError:
            out.append(f"{key}: not a number ({got[key]!r})")
            continue
        if value < minimum:
            out.append(f"{key}={got[key]} is below {minimum:.3f}")
    found = got.get("mismatch_found")
    if found is None:
        out.append("mismatch_found: missing from the score line")
    else:
        hit, _, total = found.partition("/")
        if not (hit.isdigit() and total.isdigit() and int(total) > 0 and hit == total):
            out.append(f"mismatch_found={found}: every gold mismatch must be found")
    alarms = got.get("false_alarms")
    if alarms is None:
        out.append("false_alarms: missing from the score line")
    elif alarms != "0":
        out.append(f"false_alarms={alarms}: must be 0")
    return out


GOOD = ("precision=1.000 recall=0.967 f1=0.983 metric=1.000 unit=0.950 year=0.900 "
        "qualifier=1.000 kind=1.000 measure=1.000 check=1.000 mismatch_found=1/1 false_alarms=0")


def self_test():
    """The gate passes a good line and names each kind of failure."""
    assert failures("gold=60 predicted=60\n" + GOOD + "\n") == [], failures(GOOD)
    cases = {
        "precision=0.949": "precision=0.949 is below 0.950",
        "check=0.990": "check=0.990 is below 1.000",
        "year=0.899": "year=0.899 is below 0.900",
        "mismatch_found=0/1": "mismatch_found=0/1: every gold mismatch must be found",
        "mismatch_found=0/0": "mismatch_found=0/0: every gold mismatch must be found",
        "false_alarms=2": "false_alarms=2: must be 0",
    }
    for change, message in cases.items():
        key = change.split("=")[0]
        line = " ".join(change if p.startswith(key + "=") else p for p in GOOD.split())
        assert failures(line) == [message], (change, failures(line))
    missing = " ".join(p for p in GOOD.split() if not p.startswith("kind="))
    assert failures(missing) == ["kind: missing from the score line"], failures(missing)
    assert failures("") == ["score output is empty"]
    assert failures("usage: score.py GOLD PRED")[0] == "precision: missing from the score line"
    print("score_gate self-test: ok")


def main(argv):
    if argv[1:] == ["--self-test"]:
        self_test()
        return 0
    if len(argv) > 2 or (len(argv) == 2 and argv[1].startswith("-")):
        print(__doc__, file=sys.stderr)
        return 2
    text = open(argv[1], encoding="utf-8").read() if len(argv) == 2 else sys.stdin.read()
    failed = failures(text)
    for f in failed:
        print(f"score gate: {f}", file=sys.stderr)
    if failed:
        return 1
    print("score gate: all figures pass", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
