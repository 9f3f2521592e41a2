"""The kiosk caps glibc's malloc arenas: threads that allocate at once share two arenas."""

from __future__ import annotations

import subprocess
import sys

# Eight threads allocate while all of them are alive; glibc's malloc_stats() lists one "Arena N:" each.
THREADS_ALLOCATING = """
import ctypes, sys, threading
from kiosk.malloc_arenas import limit_malloc_arenas
if sys.argv[1] == "cap":
    assert limit_malloc_arenas()
barrier = threading.Barrier(8)
def work():
    barrier.wait()
    blobs = [bytearray(200_000) for _ in range(50)]
    barrier.wait()
threads = [threading.Thread(target=work) for _ in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
ctypes.CDLL(None).malloc_stats()
"""


def arenas_used(mode: str) -> int:
    result = subprocess.run(
        [sys.executable, "-c", THREADS_ALLOCATING, mode], capture_output=True, text=True, check=True
    )
    return sum(line.startswith("Arena ") for line in result.stderr.splitlines())


def test_capped_process_uses_at_most_two_arenas_where_the_default_uses_more() -> None:
    assert arenas_used("cap") <= 2
    assert arenas_used("default") > 2
