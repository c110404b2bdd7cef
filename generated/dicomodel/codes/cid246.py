"""CID 246 Relative Laterality.

Non-extensible, version 20190326, UID 1.2.840.10008.6.1.1279.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 246
NAME: Final[str] = "Relative Laterality"
KEYWORD: Final[str | None] = "RelativeLaterality"
UID: Final[str | None] = "1.2.840.10008.6.1.1279"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20190326"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Ipsilateral: Final[Code] = Code("SCT", "255208005", "Ipsilateral", (246,))
"""Ipsilateral (SCT 255208005)."""

Contralateral: Final[Code] = Code("SCT", "255209002", "Contralateral", (246,))
"""Contralateral (SCT 255209002)."""

MEMBERS: Final[tuple[Code, ...]] = (Ipsilateral, Contralateral)
"""The resolved membership: own members, then those of the included groups, in order."""
