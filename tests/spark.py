"""The cluster contract of SPEC §4, run for real: Spark's RDD.pipe.

PySpark in local mode (4 worker threads) pipes the fixtures and the dev
articles, one JSON Lines document a line, through
`chitieu extract --input jsonl --format jsonl` over at least 4 partitions,
with the binary shipped as a job file (SparkContext.addFile, what
`spark-submit --files` does). The records collected must be the
single-process run's, line for line, once both are ordered by doc (a
document never spans partitions, so its records keep their order).

One malformed line is planted in the corpus: the single-process run and
the partition holding it must both report it on stderr and go on with the
lines after it; the records are then still equal.

Run by .ci/run as:
    VENV/bin/python tests/spark.py --chitieu target/release/chitieu --shared ../shared
Exits non-zero, saying why, when a check fails.
"""

import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

BAD_LINE = '{"id": "broken", "text": '


def corpus(root, shared):
    """The JSON Lines documents: fixtures, then dev articles, sorted."""
    paths = sorted((root / "fixtures").glob("*.txt"))
    paths += sorted((shared / "dev" / "docs").glob("*.txt"))
    if len(paths) < 20:
        sys.exit(f"spark test: found only {len(paths)} articles under fixtures/ and {shared}/dev/docs")
    lines = [
        json.dumps({"id": f"{p.parent.name}/{p.name}", "text": p.read_text(encoding="utf-8")},
                   ensure_ascii=False)
        for p in paths
    ]
    # A malformed line in the middle: reported, skipped, the rest goes on.
    lines.insert(len(lines) // 2, BAD_LINE)
    return lines


def by_doc(lines):
    """Records ordered by doc, each doc's records in their own order."""
    return sorted(lines, key=lambda line: json.loads(line)["doc"])


def spark_job(args):
    """The Spark side, run in a child process so that the workers' stderr
    can be read: pipes the corpus file through the shipped binary and
    writes the records collected, and the partitions, as JSON on stdout."""
    from pyspark import SparkConf, SparkContext, SparkFiles

    binary = pathlib.Path(args.chitieu).resolve()
    conf = (SparkConf().setMaster(f"local[{args.partitions}]").setAppName("chitieu-pipe")
            .set("spark.ui.enabled", "false")
            .set("spark.driver.bindAddress", "127.0.0.1"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        # Shipped as a job file, as `spark-submit --files` does; a worker
        # finds it by SparkFiles.get (in YARN and Kubernetes containers it
        # is also `./chitieu` in the working folder).
        sc.addFile(str(binary))
        shipped = SparkFiles.get(binary.name)
        os.chmod(shipped, 0o755)
        docs = sc.textFile(args.job, minPartitions=args.partitions)
        claims = docs.pipe(f"{shipped} extract --input jsonl --format jsonl")
        result = {"partitions": docs.glom().collect(), "records": claims.collect()}
    finally:
        sc.stop()
    json.dump(result, sys.stdout, ensure_ascii=False)


def fail(message):
    sys.exit(f"spark test: {message}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--chitieu", required=True, help="the chitieu binary")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--job", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.job:
        return spark_job(args)
    root = pathlib.Path(__file__).resolve().parent.parent
    binary = pathlib.Path(args.chitieu).resolve()
    lines = corpus(root, pathlib.Path(args.shared))

    work = pathlib.Path(tempfile.mkdtemp(prefix="chitieu-spark-"))
    jsonl = work / "corpus.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")

    # The single-process run: the reference.
    single = subprocess.run(
        [str(binary), "extract", "--input", "jsonl", "--format", "jsonl", str(jsonl)],
        capture_output=True, text=True)
    # SPEC §4: an input that cannot be read exits 2, the others still
    # processed and written.
    if single.returncode != 2 or "not a JSON object" not in single.stderr:
        fail(f"the single run should report the bad line and exit 2; "
             f"exit {single.returncode}, stderr {single.stderr!r}")
    want = single.stdout.splitlines()

    started = time.monotonic()
    job = subprocess.run(
        [sys.executable, __file__, "--chitieu", str(binary), "--partitions",
         str(args.partitions), "--job", str(jsonl)],
        capture_output=True, text=True)
    elapsed = time.monotonic() - started
    if job.returncode != 0:
        fail(f"the Spark job failed (exit {job.returncode}):\n{job.stderr[-4000:]}")
    result = json.loads(job.stdout)
    partitions, got = result["partitions"], result["records"]

    if len(partitions) < args.partitions:
        fail(f"{len(partitions)} partitions, wanted {args.partitions}")
    if by_doc(got) != by_doc(want):
        missing, extra = set(want) - set(got), set(got) - set(want)
        fail(f"records differ: {len(got)} from Spark, {len(want)} from one process; "
             f"{len(missing)} missing, {len(extra)} extra")
    # The bad line: reported on the worker's stderr, named by its line in
    # the partition's stream (`-:N`), and the partition went on after it.
    (part,) = [p for p in partitions if BAD_LINE in p]
    at = part.index(BAD_LINE) + 1
    report = f"chitieu: -:{at}: not a JSON object"
    if report not in job.stderr:
        fail(f"no `{report}` on the workers' stderr:\n{job.stderr[-4000:]}")
    after = [json.loads(line)["id"] for line in part[at:]]
    if not after:
        fail("the bad line ended its partition: nothing shows the partition went on")
    docs_seen = {json.loads(line)["doc"] for line in got}
    if not set(after) <= docs_seen:
        fail(f"the documents after the bad line gave no records: {set(after) - docs_seen}")
    print(f"spark test: {len(lines) - 1} documents + 1 malformed line, {len(partitions)} "
          f"partitions (lines per partition {[len(p) for p in partitions]}), {len(got)} "
          f"records from RDD.pipe = the single run's, ordered by doc ({len(docs_seen)} docs); "
          f"`{report}` on stderr and the {len(after)} documents after it in its partition "
          f"extracted; Spark job {elapsed:.1f} s")


if __name__ == "__main__":
    main()
