"""Demo content: consultants, lectures, FAQ and events, so a new user sees a living kiosk."""

from __future__ import annotations

import importlib
import logging

from kiosk.app_context import AppContext

log = logging.getLogger(__name__)

# "module:function" taking the AppContext; each feature adds its loader. Loaders are idempotent.
DEMO_LOADERS: tuple[str, ...] = (
    "kiosk.services.booking:demo_loader",
    "kiosk.services.lectures:load_demo_content",
    "kiosk.services.reports:demo_loader",
)


def load_demo(context: AppContext) -> list[str]:
    """Run every feature's demo loader; returns what each loaded, for the command's output."""
    reports = []
    for target in DEMO_LOADERS:
        module_name, function_name = target.split(":")
        loader = getattr(importlib.import_module(module_name), function_name)
        report = loader(context)
        log.info("demo content loaded: %s", target)
        reports.append(f"{target}: {report}")
    return reports
