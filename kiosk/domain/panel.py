"""The physical panel: pixels to millimetres and heights above the floor (accessibility K01, K03, K09).

Sizes are computed from the measured panel width in the configuration, never from Qt's logical DPI
(usually 96 and unrelated to the glass) or EDID (often wrong on kiosk panels).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# ../shared/facts/accessibility.md, K01 (MSIT verification criteria, principle 1): 12 mm and 150 mm².
MIN_TARGET_SIDE_MM = 12.0
MIN_TARGET_AREA_MM2 = 150.0
# K02: at least 2.5 mm between adjacent targets.
MIN_TARGET_GAP_MM = 2.5
# K03: a Hangul syllable with a final consonant at least 12 mm tall (0.7° x 2 at 500 mm).
MIN_TEXT_HEIGHT_MM = 12.0
# K09: controls 400-1220 mm above the floor (verification criteria principle 9; ADA 308).
REACH_LOW_MM = 400.0
REACH_HIGH_MM = 1220.0


@dataclass(frozen=True)
class Panel:
    """A landscape panel of `width_px` x `height_px` pixels whose active area is `width_mm` wide."""

    width_mm: float
    height_mm: float
    width_px: int
    height_px: int
    bottom_edge_height_mm: float
    tilt_degrees: float = 0.0

    @property
    def is_portrait(self) -> bool:
        """Taller than wide (a 1080x1920 panel): screens and the header take their narrow layouts."""
        return self.height_px > self.width_px

    @property
    def mm_per_px(self) -> float:
        return self.width_mm / self.width_px

    def mm(self, pixels: float) -> float:
        """A length on the glass in millimetres."""
        return pixels * self.mm_per_px

    def px(self, millimetres: float) -> float:
        """A length on the glass in pixels."""
        return millimetres / self.mm_per_px

    def height_above_floor(self, y_px: float) -> float:
        """Height in mm above the floor of a point `y_px` pixels below the panel's top edge."""
        vertical_mm_per_px = (self.height_mm / self.height_px) * math.cos(math.radians(self.tilt_degrees))
        return self.bottom_edge_height_mm + (self.height_px - y_px) * vertical_mm_per_px

    def y_at_height(self, height_mm: float) -> float:
        """The pixel row (from the top) at `height_mm` above the floor (may lie outside the panel)."""
        vertical_mm_per_px = (self.height_mm / self.height_px) * math.cos(math.radians(self.tilt_degrees))
        return self.height_px - (height_mm - self.bottom_edge_height_mm) / vertical_mm_per_px

    def rows_above(self, height_mm: float) -> int:
        """How many pixel rows at the top of the panel lie higher than `height_mm` (0 if none)."""
        return max(0, min(self.height_px, math.ceil(self.y_at_height(height_mm))))
