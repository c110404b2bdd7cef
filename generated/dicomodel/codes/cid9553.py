"""CID 9553 Treatment Point.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1300.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9553
NAME: Final[str] = "Treatment Point"
KEYWORD: Final[str | None] = "TreatmentPoint"
UID: Final[str | None] = "1.2.840.10008.6.1.1300"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190715"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

IsocentricTreatmentLocationPoint: Final[Code] = Code(
    "DCM", "130073", "Isocentric Treatment Location Point", (9504, 9553)
)
"""Isocentric Treatment Location Point (DCM 130073)."""

MEMBERS: Final[tuple[Code, ...]] = (IsocentricTreatmentLocationPoint,)
"""The resolved membership: own members, then those of the included groups, in order."""
