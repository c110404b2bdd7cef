"""CID 701 Content Assessment Type.

Extensible, version 20160318, UID 1.2.840.10008.6.1.1116.
Includes CID 702.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 701
NAME: Final[str] = "Content Assessment Type"
KEYWORD: Final[str | None] = "ContentAssessmentType"
UID: Final[str | None] = "1.2.840.10008.6.1.1116"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160318"
INCLUDES: Final[tuple[int, ...]] = (702,)
EXTERNAL_SCHEME: Final[str | None] = None

RTPreTreatmentDoseCheck: Final[Code] = Code("DCM", "121373", "RT Pre-Treatment Dose Check", (702,))
"""RT Pre-Treatment Dose Check (DCM 121373). Included from CID 702."""

RTPreTreatmentConsistencyCheck: Final[Code] = Code(
    "DCM", "121374", "RT Pre-Treatment Consistency Check", (702,)
)
"""RT Pre-Treatment Consistency Check (DCM 121374). Included from CID 702."""

MEMBERS: Final[tuple[Code, ...]] = (RTPreTreatmentDoseCheck, RTPreTreatmentConsistencyCheck)
"""The resolved membership: own members, then those of the included groups, in order."""
