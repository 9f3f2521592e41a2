"""Runs each benchmarks/bench_*.py in its own process and collects the Markdown rows it prints."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = "| benchmark | figure | baseline (same run) | ratio |\n|---|---|---|---|"


def main(argv: list[str]) -> int:
    only = set(argv)
    rows: list[str] = []
    for script in sorted(HERE.glob("bench_*.py")):
        if only and script.stem not in only:
            continue
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, str(script)], capture_output=True, text=True, cwd=HERE.parent, timeout=1800
        )
        took = time.perf_counter() - started
        lines = [line for line in result.stdout.splitlines() if line.startswith("|")]
        if result.returncode != 0:
            lines.append(f"| {script.stem} | FAILED (exit {result.returncode}) | | |")
            print(result.stderr[-2000:], file=sys.stderr)
        rows.extend(lines)
        print(f"{script.stem}: {len(lines)} rows in {took:.0f} s", file=sys.stderr)
    report = HEADER + "\n" + "\n".join(rows) + "\n"
    out = HERE / "results" / "report.md"
    out.parent.mkdir(exist_ok=True)
    out.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
