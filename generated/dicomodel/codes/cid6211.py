"""CID 6211 Colon CAD Material Description.

Extensible, version 20200921, UID 1.2.840.10008.6.1.798.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6211
NAME: Final[str] = "Colon CAD Material Description"
KEYWORD: Final[str | None] = "ColonCADMaterialDescription"
UID: Final[str | None] = "1.2.840.10008.6.1.798"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200921"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SoftTissue: Final[Code] = Code("SCT", "87784001", "Soft tissue", (645, 6122, 6211, 7166))
"""Soft tissue (SCT 87784001)."""

Fat: Final[Code] = Code("SCT", "256674009", "Fat", (300, 6122, 6211, 7180))
"""Fat (SCT 256674009)."""

Air: Final[Code] = Code("SCT", "15158005", "Air", (12, 13, 6211, 6350, 11002))
"""Air (SCT 15158005)."""

BoneMatrix: Final[Code] = Code("SCT", "45001002", "Bone matrix", (6211,))
"""Bone matrix (SCT 45001002)."""

MEMBERS: Final[tuple[Code, ...]] = (SoftTissue, Fat, Air, BoneMatrix)
"""The resolved membership: own members, then those of the included groups, in order."""
