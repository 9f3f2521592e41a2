"""Small helpers the benchmarks share: timing child processes and formatting a report row."""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_timed(command: Sequence[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one child process run to its end."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT
    )
    _, status, usage = os.wait4(process.pid, 0)
    took = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{command} exited {process.returncode}")
    return took, usage.ru_maxrss


@contextlib.contextmanager
def postgres_database(url: str | None) -> Iterator[str]:
    """`url` itself, or (None) an empty database on a throw-away cluster removed afterwards."""
    if url is not None:
        yield url
        return
    from tests.helpers.postgres import start_throwaway_server

    server = start_throwaway_server()
    try:
        yield server.url(server.create_database())
    finally:
        server.remove()


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def row(name: str, figure: float, unit: str, baseline_name: str, baseline: float) -> str:
    """One Markdown row: the figure, its baseline, and figure/baseline."""
    ratio = figure / baseline if baseline else float("nan")
    return f"| {name} | {_fmt(figure)} {unit} | {baseline_name}: {_fmt(baseline)} {unit} | {ratio:.2f}x |"


def _fmt(value: float) -> str:
    return f"{value:.3f}" if value < 10 else f"{value:.0f}"
