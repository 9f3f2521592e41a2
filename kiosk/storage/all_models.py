"""Imports every table module so that Base.metadata knows the whole schema."""

from kiosk.storage import models  # noqa: F401
from kiosk.storage import lectures  # noqa: F401
