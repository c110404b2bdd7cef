"""CID 3726 Coronary Intervention Indication.

Extensible, version 20030327, UID 1.2.840.10008.6.1.226.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3726
NAME: Final[str] = "Coronary Intervention Indication"
KEYWORD: Final[str | None] = "CoronaryInterventionIndication"
UID: Final[str | None] = "1.2.840.10008.6.1.226"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CoronaryLesionGreaterThanEquals50PercentStenosis: Final[Code] = Code(
    "DCM", "122171", "Coronary lesion > = 50% stenosis", (3726,)
)
"""Coronary lesion > = 50% stenosis (DCM 122171)."""

CardiogenicShock: Final[Code] = Code(
    "SCT", "89138009", "Cardiogenic Shock", (3700, 3726, 3727, 3755)
)
"""Cardiogenic Shock (SCT 89138009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CoronaryLesionGreaterThanEquals50PercentStenosis,
    CardiogenicShock,
)
"""The resolved membership: own members, then those of the included groups, in order."""
