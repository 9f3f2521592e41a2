"""Imports every table module so that Base.metadata knows the whole schema."""

from kiosk.storage import (
    chat,  # noqa: F401
    models,  # noqa: F401
    queue,  # noqa: F401
    usage,  # noqa: F401
)
