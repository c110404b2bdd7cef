"""CID 6351 Prostate Relational Measurement.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1408.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6351
NAME: Final[str] = "Prostate Relational Measurement"
KEYWORD: Final[str | None] = "ProstateRelationalMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.1408"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DistanceFromNeurovascularBundle: Final[Code] = Code(
    "DCM", "130557", "Distance from neurovascular bundle", (6351,)
)
"""Distance from neurovascular bundle (DCM 130557)."""

LesionCapsularContactLength: Final[Code] = Code(
    "DCM", "130558", "Lesion capsular contact length", (6351,)
)
"""Lesion capsular contact length (DCM 130558)."""

MEMBERS: Final[tuple[Code, ...]] = (DistanceFromNeurovascularBundle, LesionCapsularContactLength)
"""The resolved membership: own members, then those of the included groups, in order."""
