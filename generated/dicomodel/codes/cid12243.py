"""CID 12243 Left Ventricle Finding Site.

Extensible, version 20040614, UID 1.2.840.10008.6.1.634.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12243
NAME: Final[str] = "Left Ventricle Finding Site"
KEYWORD: Final[str | None] = "LeftVentricleFindingSite"
UID: Final[str | None] = "1.2.840.10008.6.1.634"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftVentricleOutflowTract: Final[Code] = Code(
    "SCT",
    "13418002",
    "Left Ventricle Outflow Tract",
    (3010, 3011, 3609, 3610, 3701, 12223, 12243, 12280, 12305),
)
"""Left Ventricle Outflow Tract (SCT 13418002)."""

MEMBERS: Final[tuple[Code, ...]] = (LeftVentricleOutflowTract,)
"""The resolved membership: own members, then those of the included groups, in order."""
