"""CID 3119 LV Function.

Extensible, version 20080927, UID 1.2.840.10008.6.1.751.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3119
NAME: Final[str] = "LV Function"
KEYWORD: Final[str | None] = "LVFunction"
UID: Final[str | None] = "1.2.840.10008.6.1.751"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Normal: Final[Code] = Code("SCT", "17621005", "Normal", (222, 242, 3119, 3210, 3211, 7165, 7169))
"""Normal (SCT 17621005)."""

ImpairedLeftVentricularFunction: Final[Code] = Code(
    "SCT", "275514001", "Impaired left ventricular function", (3119,)
)
"""Impaired left ventricular function (SCT 275514001)."""

MEMBERS: Final[tuple[Code, ...]] = (Normal, ImpairedLeftVentricularFunction)
"""The resolved membership: own members, then those of the included groups, in order."""
