"""Imports every table module so that Base.metadata knows the whole schema."""

from kiosk.storage import booking, change_feed, lectures, models  # noqa: F401
