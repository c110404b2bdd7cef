"""CID 4201 Patient Eye Movement Command.

Extensible, version 20040921, UID 1.2.840.10008.6.1.317.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4201
NAME: Final[str] = "Patient Eye Movement Command"
KEYWORD: Final[str | None] = "PatientEyeMovementCommand"
UID: Final[str | None] = "1.2.840.10008.6.1.317"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040921"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PrimaryGaze: Final[Code] = Code("SCT", "408744005", "Primary gaze", (4201,))
"""Primary gaze (SCT 408744005)."""

UpwardGaze: Final[Code] = Code("SCT", "255533007", "Upward gaze", (4201,))
"""Upward gaze (SCT 255533007)."""

LeftUpgaze: Final[Code] = Code("SCT", "255525006", "Left upgaze", (4201,))
"""Left upgaze (SCT 255525006)."""

LeftGaze: Final[Code] = Code("SCT", "255530005", "Left gaze", (4201,))
"""Left gaze (SCT 255530005)."""

LeftDowngaze: Final[Code] = Code("SCT", "255523004", "Left downgaze", (4201,))
"""Left downgaze (SCT 255523004)."""

Downgaze: Final[Code] = Code("SCT", "255521002", "Downgaze", (4201,))
"""Downgaze (SCT 255521002)."""

RightDowngaze: Final[Code] = Code("SCT", "255524005", "Right downgaze", (4201,))
"""Right downgaze (SCT 255524005)."""

RightGaze: Final[Code] = Code("SCT", "255531009", "Right gaze", (4201,))
"""Right gaze (SCT 255531009)."""

RightUpgaze: Final[Code] = Code("SCT", "255526007", "Right upgaze", (4201,))
"""Right upgaze (SCT 255526007)."""

ConvergentGaze: Final[Code] = Code("SCT", "408745006", "Convergent gaze", (4201,))
"""Convergent gaze (SCT 408745006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PrimaryGaze,
    UpwardGaze,
    LeftUpgaze,
    LeftGaze,
    LeftDowngaze,
    Downgaze,
    RightDowngaze,
    RightGaze,
    RightUpgaze,
    ConvergentGaze,
)
"""The resolved membership: own members, then those of the included groups, in order."""
