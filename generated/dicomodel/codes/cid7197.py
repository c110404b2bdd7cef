"""CID 7197 Body Substance Segmentation Property Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1196.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7197
NAME: Final[str] = "Body Substance Segmentation Property Type"
KEYWORD: Final[str | None] = "BodySubstanceSegmentationPropertyType"
UID: Final[str | None] = "1.2.840.10008.6.1.1196"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Bile: Final[Code] = Code("SCT", "70150004", "Bile", (7197,))
"""Bile (SCT 70150004)."""

BodyFluid: Final[Code] = Code("SCT", "32457005", "Body fluid", (7197,))
"""Body fluid (SCT 32457005)."""

Feces: Final[Code] = Code("SCT", "39477002", "Feces", (6201, 7197))
"""Feces (SCT 39477002)."""

Gas: Final[Code] = Code("SCT", "74947009", "Gas", (7197,))
"""Gas (SCT 74947009)."""

Urine: Final[Code] = Code("SCT", "78014005", "Urine", (7197,))
"""Urine (SCT 78014005)."""

MEMBERS: Final[tuple[Code, ...]] = (Bile, BodyFluid, Feces, Gas, Urine)
"""The resolved membership: own members, then those of the included groups, in order."""
