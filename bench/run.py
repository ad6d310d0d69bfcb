#!/usr/bin/env python3
"""Benchmark newsbot against plain BM25 (../shared/eval/baseline_bot.py --method bm25) on
knowledge bases built from ../shared/corpus, and write docs/performance.md.

    python bench/run.py --quick            # 1k and 10k articles, fan-out to 1,000 chats
    python bench/run.py                    # 1k, 10k and 100k, fan-out to 10,000 chats
    python bench/run.py --sizes 1000 5000

For each size: import throughput, cold start (no index cache) and warm start (cache present)
until the first answer, answer latency p50/p95/p99 over the dev questions (as written and without
diacritics) asked in one process, peak RSS, knowledge base and index size on disk, and dev
accuracy at that size. Every process is a fresh one; figures are taken in one run, so the ratios
to the baseline are fair on a shared, noisy machine.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSBOT_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
EVAL = SHARED / "eval"
sys.path.insert(0, str(EVAL))


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# -- knowledge bases of any size -----------------------------------------------------------
def corpus_records() -> list[dict]:
    """The real articles, those the dev questions are about first (so that every size can answer
    them and the rest are distractors), the seed article among them."""
    import yaml

    sys.path.insert(0, str(ROOT))
    from bot.importers.pagetext import read as read_page

    records = []
    for name in ("articles.jsonl", "articles_gov_vietnews.jsonl"):
        with (CORPUS / name).open(encoding="utf-8") as f:
            records += [json.loads(line) for line in f if line.strip()]
    seed = read_page(CORPUS / "seed-article.txt")
    records.append({"id": "seed", "title": seed.title, "date": seed.date, "url": None,
                    "text": "\n\n".join(seed.captions + seed.paragraphs), "author": seed.author})
    wanted = {it.get("article") for it in yaml.safe_load((EVAL / "dev.yaml").read_text(encoding="utf-8"))}
    return sorted(records, key=lambda r: r["id"] not in wanted)


_WORD = re.compile(r"\b[^\W\d_]{2,}\b")


def perturb(text: str, rng: random.Random) -> str:
    """A small word-level change per paragraph (a word dropped or two swapped): the copy keeps
    the shape of real text but is not the same text."""
    out = []
    for para in text.split("\n\n"):
        words = para.split(" ")
        if len(words) > 8:
            i = rng.randrange(1, len(words) - 2)
            if rng.random() < 0.5:
                del words[i]
            else:
                words[i], words[i + 1] = words[i + 1], words[i]
        out.append(" ".join(words))
    return "\n\n".join(out)


def make_corpus(records: list[dict], size: int, path: Path) -> Path:
    """size articles: the real ones first, then copies with new ids, dates and perturbations."""
    rng = random.Random(size)
    seed_day = dt.date(2015, 1, 1)
    with path.open("w", encoding="utf-8") as f:
        for n in range(size):
            rec = dict(records[n % len(records)])
            if n >= len(records):
                rec["id"] = f"{rec['id']}-copy{n // len(records)}"
                rec["url"] = f"{rec['url']}?copy={n // len(records)}" if rec.get("url") else None
                rec["date"] = (seed_day + dt.timedelta(days=rng.randrange(3000))).isoformat()
                rec["text"] = perturb(rec["text"], rng)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


# -- measuring one system ------------------------------------------------------------------
def run_with_rss(cmd: list[str], stdin: str | None = None, first_line: bool = False) -> tuple[str, float, int]:
    """(stdout, seconds, peak RSS in MB) of a fresh process; RSS as /usr/bin/time reports it.
    seconds: until the process ends, or with first_line until its first line of output (the
    first answer: when a reader has it, before the process frees its memory and exits)."""
    start = time.perf_counter()
    proc = subprocess.Popen(["/usr/bin/time", "-f", "MAXRSS %M", *cmd], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    if stdin:
        proc.stdin.write(stdin)
    proc.stdin.close()
    first = proc.stdout.readline()
    seconds = time.perf_counter() - start
    rest, err = proc.stdout.read(), proc.stderr.read()
    if proc.wait():
        raise SystemExit(f"{cmd[:4]} failed: {err[-1500:]}")
    if not (first_line and first):
        seconds = time.perf_counter() - start
    rss = int(re.findall(r"MAXRSS (\d+)", err)[-1]) // 1024
    return first + rest, seconds, rss


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] if values else 0.0


def dir_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6 if path.exists() else 0.0


def measure(system: str, corpus: Path, work: Path, questions: list[tuple[str, list[str]]]) -> dict:
    from score import is_correct

    kb = work / f"kb-{system}"
    if system == "newsbot":
        base = [sys.executable, "-m", "bot", "--kb", str(kb)]
        importer = base + ["import", "--quiet", str(corpus)]
        ask = base + ["ask", "--jsonl"]
    else:
        base = [sys.executable, str(EVAL / "baseline_bot.py"), "--kb", str(kb), "--method", "bm25"]
        importer = base + ["import", str(corpus)]
        ask = base + ["ask", "--jsonl"]
    n_articles = sum(1 for _ in corpus.open(encoding="utf-8"))
    _, import_s, import_rss = run_with_rss(importer)
    first_q = questions[0][0] + "\n"
    if system == "newsbot":
        shutil.rmtree(kb / ".cache", ignore_errors=True)
    _, cold_s, _ = run_with_rss(ask, first_q, first_line=True)  # no index cache (the baseline never has one)
    # the baseline keeps nothing between starts: its warm start is its cold start (one 100k start
    # less, 2-3 minutes of the full run)
    warm_s = run_with_rss(ask, first_q, first_line=True)[1] if system == "newsbot" else cold_s
    out, _, rss = run_with_rss(ask, "".join(q + "\n" for q, _ in questions))
    replies = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    ms = [float(r["ms"]) for r in replies if isinstance(r.get("ms"), (int, float))]
    correct = sum(is_correct(r.get("answer"), gold) for r, (_, gold) in zip(replies, questions))
    disk_kb = dir_mb(kb / "articles") if system == "newsbot" else dir_mb(kb)
    return {
        "import_per_s": n_articles / import_s, "import_s": import_s, "cold_s": cold_s, "warm_s": warm_s,
        "p50": percentile(ms, 0.5), "p95": percentile(ms, 0.95), "p99": percentile(ms, 0.99),
        "rss_mb": max(rss, import_rss), "answer_rss_mb": rss, "kb_mb": disk_kb,
        "index_mb": dir_mb(kb / ".cache") if system == "newsbot" else 0.0,
        "accuracy": correct / max(len(questions), 1),
    }


def dev_questions() -> list[tuple[str, list[str]]]:
    import yaml

    from score import strip_diacritics

    items = yaml.safe_load((EVAL / "dev.yaml").read_text(encoding="utf-8"))
    out = []
    for it in items:
        gold = [str(g) for g in it.get("a") or []]
        out += [(it["q"], gold), (strip_diacritics(it["q"]), gold)]
    return out


# -- fan-out -------------------------------------------------------------------------------
def fanout(chats: int) -> dict:
    """One fan-out with the bot killed (SIGKILL) halfway and restarted: its rate is the sustained
    rate across the restart (a run without the kill gave 29.2/s against 29.0/s with it, and took
    another 6 minutes at 10,000 chats), its counts the duplicates and losses."""
    cmd = [sys.executable, str(ROOT / "bench" / "fanout.py"), "--chats", str(chats), "--kill-halfway"]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT).stdout
    m = re.search(r"duplicates: (\d+), lost: (\d+)", out)
    rate = re.search(r"sustained: ([\d.]+) notices/s", out)
    return {"restart": {"rate": float(rate.group(1)) if rate else 0.0,
                        "duplicates": int(m.group(1)) if m else -1, "lost": int(m.group(2)) if m else -1}}


# -- report --------------------------------------------------------------------------------
ROWS = [("import (articles/s)", "import_per_s", "{:.0f}"), ("cold start to first answer (s)", "cold_s", "{:.2f}"),
        ("warm start to first answer (s)", "warm_s", "{:.2f}"), ("answer p50 (ms)", "p50", "{:.1f}"),
        ("answer p95 (ms)", "p95", "{:.1f}"), ("answer p99 (ms)", "p99", "{:.1f}"),
        ("peak RSS, import included (MB)", "rss_mb", "{:.0f}"), ("RSS answering (MB)", "answer_rss_mb", "{:.0f}"),
        ("knowledge base on disk (MB)", "kb_mb", "{:.1f}"),
        ("index cache on disk (MB)", "index_mb", "{:.1f}"), ("dev accuracy", "accuracy", "{:.1%}")]


# The baseline's "import" only records the corpus files' paths and it keeps nothing on disk: it
# reads and indexes the corpus at every start, which its start-up times include.
NOT_COMPARABLE = {"import_per_s", "kb_mb", "index_mb"}


def report(results: dict, fan: dict, command: str, seconds: float) -> str:
    lines = [
        "# Performance", "",
        f"Measured {dt.date.today().isoformat()} on {os.cpu_count()} cores, "
        f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GB, Python {platform.python_version()}, "
        f"with `{command}` ({seconds / 60:.1f} min). newsbot beside plain BM25 (`../shared/eval/baseline_bot.py "
        "--method bm25`, which loads its corpus at every start and never abstains) in the same run; the ratio is "
        "newsbot / baseline. The baseline has no import step and nothing on disk (it reads the corpus at every start, \
which its start-up times include), so those rows have no baseline figure, and its warm start is its cold start. Latency is the `ms` each answer reports, over the dev questions as written and "
        "without diacritics, asked in one process.", "",
    ]
    for size, res in results.items():
        nb, bl = res["newsbot"], res["baseline"]
        lines += [f"## {size:,} articles", "", "| figure | newsbot | baseline | ratio |", "|---|---:|---:|---:|"]
        for label, key, fmt in ROWS:
            if key in NOT_COMPARABLE:
                lines.append(f"| {label} | {fmt.format(nb[key])} | – | – |")
                continue
            ratio = f"{nb[key] / bl[key]:.2f}" if bl.get(key) else "–"
            lines.append(f"| {label} | {fmt.format(nb[key])} | {fmt.format(bl[key])} | {ratio} |")
        lines.append("")
    if fan:
        lines += ["## Alert fan-out", "",
                  "Against the local Bot API stand-in, which answers 429 above 30 sendMessage a second "
                  "(`bench/fanout.py`).", "", "| run | notices/s | duplicates | lost |", "|---|---:|---:|---:|"]
        for name, f in fan.items():
            lines.append(f"| {'bot killed (SIGKILL) halfway and restarted' if name == 'restart' else 'one run'} | "
                         f"{f['rate']:.1f} | {f['duplicates']} | {f['lost']} |")
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+")
    ap.add_argument("--quick", action="store_true", help="1k and 10k articles, fan-out to 1,000 chats")
    ap.add_argument("--fanout-chats", type=int)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "performance.md")
    args = ap.parse_args()
    if not (CORPUS / "articles.jsonl").exists():
        raise SystemExit(f"needs the shared corpus at {CORPUS} (set NEWSBOT_SHARED)")
    sizes = args.sizes or ([1000, 10_000] if args.quick else [1000, 10_000, 100_000])
    chats = args.fanout_chats if args.fanout_chats is not None else (1000 if args.quick else 10_000)
    started = time.perf_counter()
    records = corpus_records()
    questions = dev_questions()
    results = {}
    with tempfile.TemporaryDirectory(prefix="newsbot-bench-") as tmp:
        for size in sizes:
            work = Path(tmp) / str(size)
            work.mkdir()
            corpus = make_corpus(records, size, work / "corpus.jsonl")
            results[size] = {}
            for system in ("newsbot", "baseline"):
                log(f"{size} articles: {system}")
                results[size][system] = measure(system, corpus, work, questions)
                log(json.dumps(results[size][system]))
            shutil.rmtree(work)
    log(f"fan-out to {chats} chats")
    fan = fanout(chats) if chats else {}
    command = "python bench/run.py" + (" --quick" if args.quick else "") + (
        f" --sizes {' '.join(map(str, args.sizes))}" if args.sizes else "")
    text = report(results, fan, command, time.perf_counter() - started)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
