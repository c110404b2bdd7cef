"""CID 6045 Mammography Quality Control Standard Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.375.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6045
NAME: Final[str] = "Mammography Quality Control Standard Type"
KEYWORD: Final[str | None] = "MammographyQualityControlStandardType"
UID: Final[str | None] = "1.2.840.10008.6.1.375"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MammographyQualityControlManual1999ACR: Final[Code] = Code(
    "DCM", "111238", "Mammography Quality Control Manual 1999, ACR", (6045,)
)
"""Mammography Quality Control Manual 1999, ACR (DCM 111238)."""

Title21CFRSection900SubpartB: Final[Code] = Code(
    "DCM", "111239", "Title 21 CFR Section 900, Subpart B", (6045,)
)
"""Title 21 CFR Section 900, Subpart B (DCM 111239)."""

InstitutionallyDefinedQualityControlStandard: Final[Code] = Code(
    "DCM",
    "111240",
    "Institutionally defined quality control standard",
    (6045, 6136, 6208, 6326, 6353),
)
"""Institutionally defined quality control standard (DCM 111240)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MammographyQualityControlManual1999ACR,
    Title21CFRSection900SubpartB,
    InstitutionallyDefinedQualityControlStandard,
)
"""The resolved membership: own members, then those of the included groups, in order."""
