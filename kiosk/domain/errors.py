"""Base of the domain's error types; the GUI maps each to a translated message."""


class KioskError(Exception):
    """A refusal the resident or staff member should read: `str(err)` is a plain English reason."""
