"""CID 12255 Cardiac Ultrasound Myocardium Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.836.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12255
NAME: Final[str] = "Cardiac Ultrasound Myocardium Measurement"
KEYWORD: Final[str | None] = "CardiacUltrasoundMyocardiumMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.836"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100317"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

WallMass: Final[Code] = Code("DCM", "122447", "Wall Mass", (12255,))
"""Wall Mass (DCM 122447)."""

MyocardialPerformanceIndexTei: Final[Code] = Code(
    "LN", "59099-2", "Myocardial Performance Index (Tei)", (12255, 12304)
)
"""Myocardial Performance Index (Tei) (LN 59099-2)."""

EndocardialArea: Final[Code] = Code("LN", "59094-3", "Endocardial Area", (12255,))
"""Endocardial Area (LN 59094-3)."""

EpicardialArea: Final[Code] = Code("LN", "59093-5", "Epicardial Area", (12255, 12304))
"""Epicardial Area (LN 59093-5)."""

MEMBERS: Final[tuple[Code, ...]] = (
    WallMass,
    MyocardialPerformanceIndexTei,
    EndocardialArea,
    EpicardialArea,
)
"""The resolved membership: own members, then those of the included groups, in order."""
