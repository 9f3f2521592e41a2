"""The calibrated volume steps a resident chooses from (accessibility K16, K18), read from a data file.

Each step is an output level (0-1, handed to the speech engine and the feedback sounds) with the sound
level it gives at the resident's ear, measured once per site with a sound-level meter. The table is
refused whole when it breaks a rule: a kiosk must never start with a range that is too narrow, steps that
jump too far or a default louder than 65 dBA.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from kiosk.domain.content_file import ContentError, Entry, parse_content_file

# ../shared/facts/accessibility.md row K18 (kioskui voice guide; EN 301 549 8.2.1.1/8.2.1.2; 508 1194.25(f)).
MIN_RANGE_DB = 18.0
MAX_STEP_DB = 12.0
MAX_DEFAULT_DBA = 65.0
MIN_LOUDEST_DBA = 65.0


@dataclass(frozen=True)
class VolumeStep:
    """One step: the output level (0-1) and the sound level it was calibrated to."""

    level: float
    dba: float


@dataclass(frozen=True)
class VolumeSteps:
    """The steps from quietest to loudest and the one every session starts with."""

    steps: tuple[VolumeStep, ...]
    default_index: int

    @property
    def default(self) -> VolumeStep:
        return self.steps[self.default_index]

    def clamp(self, index: int) -> int:
        """`index` kept within the table."""
        return max(0, min(len(self.steps) - 1, index))


def load_volume_steps(path: Path) -> VolumeSteps:
    """Read and check the table; any problem refuses the whole file (ContentError naming file and line)."""
    parsed = parse_content_file(path)
    if parsed.problems:
        raise parsed.problems[0]
    steps = [_step(path, entry) for entry in parsed.entries_of("step")]
    table = parsed.table("volume")
    default = table.values.get("default_step") if table else None
    if not isinstance(default, int) or isinstance(default, bool):
        raise ContentError(
            path, table.line if table else None, "[volume] default_step must be a whole number"
        )
    return check_volume_steps(steps, default - 1, path)


def check_volume_steps(steps: list[VolumeStep], default_index: int, source: Path | str) -> VolumeSteps:
    """The table if it meets K18; otherwise a ContentError saying which rule it breaks."""
    if len(steps) < 2:
        raise ContentError(source, None, "needs at least two [[step]] entries")
    for number, (lower, higher) in enumerate(pairwise(steps), start=2):
        if higher.level <= lower.level or higher.dba <= lower.dba:
            raise ContentError(source, None, f"step {number} must be louder than step {number - 1}")
        if higher.dba - lower.dba > MAX_STEP_DB:
            raise ContentError(
                source,
                None,
                f"step {number} is {higher.dba - lower.dba:g} dB above step {number - 1}; "
                f"at most {MAX_STEP_DB:g} dB",
            )
    spread = steps[-1].dba - steps[0].dba
    if spread < MIN_RANGE_DB:
        raise ContentError(source, None, f"the steps span {spread:g} dB; at least {MIN_RANGE_DB:g} dB")
    if steps[-1].dba < MIN_LOUDEST_DBA:
        raise ContentError(source, None, f"the loudest step must reach {MIN_LOUDEST_DBA:g} dBA")
    if not 0 <= default_index < len(steps):
        raise ContentError(source, None, f"default_step must be from 1 to {len(steps)}")
    if steps[default_index].dba > MAX_DEFAULT_DBA:
        raise ContentError(
            source, None, f"the default step is {steps[default_index].dba:g} dBA; at most {MAX_DEFAULT_DBA:g}"
        )
    return VolumeSteps(tuple(steps), default_index)


def _step(path: Path, entry: Entry) -> VolumeStep:
    level, dba = entry.values.get("level"), entry.values.get("dba")
    for key, value in (("level", level), ("dba", dba)):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise ContentError(path, entry.line, f"[[step]] {key} must be a number")
    assert isinstance(level, int | float) and isinstance(dba, int | float)
    if not 0.0 < level <= 1.0:
        raise ContentError(path, entry.line, "[[step]] level must be above 0 and at most 1")
    return VolumeStep(float(level), float(dba))
