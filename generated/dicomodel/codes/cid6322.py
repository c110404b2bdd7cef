"""CID 6322 Prostate Cancer Family History.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1379.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6322
NAME: Final[str] = "Prostate Cancer Family History"
KEYWORD: Final[str | None] = "ProstateCancerFamilyHistory"
UID: Final[str | None] = "1.2.840.10008.6.1.1379"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FamilyHistoryOfProstateCancer: Final[Code] = Code(
    "DCM", "111562", "Family history of prostate cancer", (6081, 6322, 6327)
)
"""Family history of prostate cancer (DCM 111562)."""

NoFamilyHistoryOfProstateCancer: Final[Code] = Code(
    "DCM", "130587", "No family history of prostate cancer", (6322,)
)
"""No family history of prostate cancer (DCM 130587)."""

FamilyHistoryUnknown: Final[Code] = Code("SCT", "407559004", "Family history unknown", (3758, 6322))
"""Family history unknown (SCT 407559004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    FamilyHistoryOfProstateCancer,
    NoFamilyHistoryOfProstateCancer,
    FamilyHistoryUnknown,
)
"""The resolved membership: own members, then those of the included groups, in order."""
