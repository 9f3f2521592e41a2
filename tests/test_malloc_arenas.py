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


# 80 MiB in 4 KiB blocks, all freed but the last (which pins the heap's top, so free() alone cannot
# shrink it): the pages stay with the process until malloc_trim hands them back.
FREED_BUT_KEPT = """
import ctypes, resource
from kiosk.malloc_arenas import release_free_memory
libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = (ctypes.c_void_p,)
def rss():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() // 2**20
blocks = [libc.malloc(4096) for _ in range(20_480)]
for block in blocks:
    ctypes.memset(block, 1, 4096)
for block in blocks[:-1]:
    libc.free(block)
kept = rss()
assert release_free_memory()
print(kept, rss())
"""


def test_releasing_free_memory_gives_freed_heap_pages_back() -> None:
    result = subprocess.run(
        [sys.executable, "-c", FREED_BUT_KEPT], capture_output=True, text=True, check=True
    )
    kept, after = (int(value) for value in result.stdout.split())
    assert after < kept - 60, (kept, after)
