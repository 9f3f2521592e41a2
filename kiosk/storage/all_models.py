"""Imports every table module so that Base.metadata knows the whole schema."""

from kiosk.storage import change_feed, models  # noqa: F401
