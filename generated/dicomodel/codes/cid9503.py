"""CID 9503 Radiotherapy Therapeutic Role Category.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1213.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9503
NAME: Final[str] = "Radiotherapy Therapeutic Role Category"
KEYWORD: Final[str | None] = "RadiotherapyTherapeuticRoleCategory"
UID: Final[str | None] = "1.2.840.10008.6.1.1213"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RTTarget: Final[Code] = Code("DCM", "130041", "RT Target", (9503, 9580))
"""RT Target (DCM 130041)."""

RTDoseCalculationStructure: Final[Code] = Code(
    "DCM", "130042", "RT Dose Calculation Structure", (9503,)
)
"""RT Dose Calculation Structure (DCM 130042)."""

RTRegistrationMark: Final[Code] = Code("DCM", "130746", "RT Registration Mark", (9503,))
"""RT Registration Mark (DCM 130746)."""

MEMBERS: Final[tuple[Code, ...]] = (RTTarget, RTDoseCalculationStructure, RTRegistrationMark)
"""The resolved membership: own members, then those of the included groups, in order."""
