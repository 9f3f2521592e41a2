"""Modules generated from ui/*.ui by `python -m kiosk.build_forms`; never edited by hand."""
