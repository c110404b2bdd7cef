"""CID 3520 Blood Source Type.

Extensible, version 20030327, UID 1.2.840.10008.6.1.137.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3520
NAME: Final[str] = "Blood Source Type"
KEYWORD: Final[str | None] = "BloodSourceType"
UID: Final[str | None] = "1.2.840.10008.6.1.137"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SystemicArteryBlood: Final[Code] = Code("SCT", "371952000", "Systemic Artery Blood", (3520,))
"""Systemic Artery Blood (SCT 371952000)."""

MixedVenousBlood: Final[Code] = Code("SCT", "116176007", "Mixed Venous Blood", (3520,))
"""Mixed Venous Blood (SCT 116176007)."""

PulmonaryArteryBlood: Final[Code] = Code("SCT", "371953005", "Pulmonary Artery Blood", (3520,))
"""Pulmonary Artery Blood (SCT 371953005)."""

PulmonaryVeinBlood: Final[Code] = Code("SCT", "371954004", "Pulmonary Vein Blood", (3520,))
"""Pulmonary Vein Blood (SCT 371954004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SystemicArteryBlood,
    MixedVenousBlood,
    PulmonaryArteryBlood,
    PulmonaryVeinBlood,
)
"""The resolved membership: own members, then those of the included groups, in order."""
