"""CID 6403 Non-lesion Object Type - Tissue.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1187.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6403
NAME: Final[str] = "Non-lesion Object Type - Tissue"
KEYWORD: Final[str | None] = "NonLesionObjectTypeTissue"
UID: Final[str | None] = "1.2.840.10008.6.1.1187"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ScarTissue: Final[Code] = Code("SCT", "12402003", "Scar tissue", (6031, 6203, 6403, 6405))
"""Scar tissue (SCT 12402003)."""

MEMBERS: Final[tuple[Code, ...]] = (ScarTissue,)
"""The resolved membership: own members, then those of the included groups, in order."""
