"""CID 702 RT Content Assessment Type.

Extensible, version 20160318, UID 1.2.840.10008.6.1.1117.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 702
NAME: Final[str] = "RT Content Assessment Type"
KEYWORD: Final[str | None] = "RTContentAssessmentType"
UID: Final[str | None] = "1.2.840.10008.6.1.1117"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160318"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RTPreTreatmentDoseCheck: Final[Code] = Code("DCM", "121373", "RT Pre-Treatment Dose Check", (702,))
"""RT Pre-Treatment Dose Check (DCM 121373)."""

RTPreTreatmentConsistencyCheck: Final[Code] = Code(
    "DCM", "121374", "RT Pre-Treatment Consistency Check", (702,)
)
"""RT Pre-Treatment Consistency Check (DCM 121374)."""

MEMBERS: Final[tuple[Code, ...]] = (RTPreTreatmentDoseCheck, RTPreTreatmentConsistencyCheck)
"""The resolved membership: own members, then those of the included groups, in order."""
