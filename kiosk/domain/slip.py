"""A slip: what a feature wants on paper (or on screen when nothing prints). No Qt here."""

from __future__ import annotations

from dataclasses import dataclass

# A line is plain text, or a (label, value) pair printed as "label   value".
SlipLine = str | tuple[str, str]


@dataclass(frozen=True)
class Slip:
    """Title, body lines, an optional QR payload (with a caption under it) and a footer."""

    title: str
    lines: tuple[SlipLine, ...] = ()
    qr_payload: str | None = None
    qr_caption: str = ""
    footer: str = ""

    def __post_init__(self) -> None:
        # Callers may pass a list; keep the slip immutable and hashable.
        object.__setattr__(self, "lines", tuple(_checked_line(line) for line in self.lines))

    def text_lines(self) -> list[str]:
        """Every printed text line, in order (for logs-free checks and plain-text fallbacks)."""
        body = [line if isinstance(line, str) else f"{line[0]}: {line[1]}" for line in self.lines]
        extra = [self.qr_caption] if self.qr_caption else []
        footer = [self.footer] if self.footer else []
        return [self.title, *body, *extra, *footer]


def _checked_line(line: object) -> SlipLine:
    if isinstance(line, str):
        return line
    if isinstance(line, tuple | list) and len(line) == 2 and all(isinstance(p, str) for p in line):
        return (line[0], line[1])
    raise TypeError(f"a slip line is a string or a (label, value) pair of strings, not {line!r}")
