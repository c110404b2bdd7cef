"""CID 7158 Artifact Segmentation Type.

Extensible, version 20130617, UID 1.2.840.10008.6.1.504.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7158
NAME: Final[str] = "Artifact Segmentation Type"
KEYWORD: Final[str | None] = "ArtifactSegmentationType"
UID: Final[str | None] = "1.2.840.10008.6.1.504"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20130617"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Clothing: Final[Code] = Code("SCT", "272180002", "Clothing", (7158,))
"""Clothing (SCT 272180002)."""

ForeignBody: Final[Code] = Code("SCT", "19227008", "Foreign body", (6064, 6122, 7158))
"""Foreign body (SCT 19227008)."""

Table: Final[Code] = Code("SCT", "86407004", "Table", (7158, 9515))
"""Table (SCT 86407004)."""

MEMBERS: Final[tuple[Code, ...]] = (Clothing, ForeignBody, Table)
"""The resolved membership: own members, then those of the included groups, in order."""
