"""Imports every table module so that Base.metadata knows the whole schema."""

from kiosk.storage import (
    change_feed,  # noqa: F401
    chat,  # noqa: F401
    models,  # noqa: F401
    queue,  # noqa: F401
    usage,  # noqa: F401
)
