"""CID 3452 Calibration Method.

Extensible, version 20040614, UID 1.2.840.10008.6.1.99.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3452
NAME: Final[str] = "Calibration Method"
KEYWORD: Final[str | None] = "CalibrationMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.99"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

GeometricIsocenter: Final[Code] = Code("DCM", "122486", "Geometric Isocenter", (3452,))
"""Geometric Isocenter (DCM 122486)."""

GeometricNonIsocenter: Final[Code] = Code("DCM", "122487", "Geometric Non-Isocenter", (3452,))
"""Geometric Non-Isocenter (DCM 122487)."""

CalibrationObjectUsed: Final[Code] = Code("DCM", "122488", "Calibration Object Used", (3452,))
"""Calibration Object Used (DCM 122488)."""

MEMBERS: Final[tuple[Code, ...]] = (
    GeometricIsocenter,
    GeometricNonIsocenter,
    CalibrationObjectUsed,
)
"""The resolved membership: own members, then those of the included groups, in order."""
