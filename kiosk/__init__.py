"""Seocho Tax Station kiosk."""

__version__ = "0.1.0"
