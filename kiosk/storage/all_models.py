"""Imports every table module so that Base.metadata knows the whole schema."""

from kiosk.storage import (
    models,  # noqa: F401
    queue,  # noqa: F401
)
