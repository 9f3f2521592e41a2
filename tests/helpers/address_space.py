"""QtPdf (pdfium, with Chromium's allocator) reserves many gigabytes of address space when it starts and
aborts the whole process with SIGTRAP when `ulimit -v` forbids it: pytest then dies with no report.
Tests that open the booklet call this first, so the run fails with the reason instead."""

from __future__ import annotations

import resource

import pytest


def fail_if_address_space_is_limited() -> None:
    """Fail the test (not the process) when RLIMIT_AS is set; `ulimit -d` limits memory safely."""
    soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
    if soft != resource.RLIM_INFINITY:
        pytest.fail(
            f"the address space is limited to {soft // 2**20} MiB (ulimit -v): QtPdf would abort the "
            "whole test process. Limit memory with `ulimit -d` (data size) instead, e.g. "
            "`ulimit -d 6000000; pytest ...`."
        )
