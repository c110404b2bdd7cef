"""CID 6402 Non-lesion Object Type - Substance.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1186.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6402
NAME: Final[str] = "Non-lesion Object Type - Substance"
KEYWORD: Final[str | None] = "NonLesionObjectTypeSubstance"
UID: Final[str | None] = "1.2.840.10008.6.1.1186"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ContrastAgent: Final[Code] = Code("SCT", "7140000", "Contrast agent", (12, 6402))
"""Contrast agent (SCT 7140000)."""

MEMBERS: Final[tuple[Code, ...]] = (ContrastAgent,)
"""The resolved membership: own members, then those of the included groups, in order."""
