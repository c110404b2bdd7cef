"""CID 6332 PI-RADS® v2 DCE Lesion Assessment Category.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1389.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6332
NAME: Final[str] = "PI-RADS® v2 DCE Lesion Assessment Category"
KEYWORD: Final[str | None] = "PIRADSv2DCELesionAssessmentCategory"
UID: Final[str | None] = "1.2.840.10008.6.1.1389"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PIRADSDCEVe_RID50320: Final[Code] = Code("RADLEX", "RID50320", "PI-RADS DCE -ve", (6332,))
"""PI-RADS DCE -ve (RADLEX RID50320)."""

PIRADSDCEVe_RID50321: Final[Code] = Code("RADLEX", "RID50321", "PI-RADS DCE +ve", (6332,))
"""PI-RADS DCE +ve (RADLEX RID50321)."""

PIRADSXDCEInadequateOrAbsent: Final[Code] = Code(
    "RADLEX", "RID50327", "PI-RADS X - DCE Inadequate or absent", (6332,)
)
"""PI-RADS X - DCE Inadequate or absent (RADLEX RID50327)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PIRADSDCEVe_RID50320,
    PIRADSDCEVe_RID50321,
    PIRADSXDCEInadequateOrAbsent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
