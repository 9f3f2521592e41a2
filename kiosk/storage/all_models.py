"""Imports every table module so that Base.metadata knows the whole schema."""

from kiosk.storage import booking, change_feed, chat, lectures, models, queue, usage  # noqa: F401
