"""CID 3704 Myocardium Wall Morphology Finding.

Extensible, version 20030327, UID 1.2.840.10008.6.1.206.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3704
NAME: Final[str] = "Myocardium Wall Morphology Finding"
KEYWORD: Final[str | None] = "MyocardiumWallMorphologyFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.206"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NormalMyocardium: Final[Code] = Code("DCM", "122112", "Normal Myocardium", (3704,))
"""Normal Myocardium (DCM 122112)."""

VentricularAneurysm: Final[Code] = Code("SCT", "90539001", "Ventricular Aneurysm", (3704,))
"""Ventricular Aneurysm (SCT 90539001)."""

ScarredMyocardium: Final[Code] = Code("DCM", "122113", "Scarred Myocardium", (3704,))
"""Scarred Myocardium (DCM 122113)."""

ThinningMyocardium: Final[Code] = Code("DCM", "122114", "Thinning Myocardium", (3704,))
"""Thinning Myocardium (DCM 122114)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NormalMyocardium,
    VentricularAneurysm,
    ScarredMyocardium,
    ThinningMyocardium,
)
"""The resolved membership: own members, then those of the included groups, in order."""
