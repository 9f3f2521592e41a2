"""Imports every table module so that Base.metadata knows the whole schema."""

from kiosk.storage import (  # noqa: F401
    booking,
    change_feed,
    chat,
    content_overrides,
    lectures,
    models,
    queue,
    staff_lock,
    usage,
)
