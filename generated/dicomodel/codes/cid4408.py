"""CID 4408 Lesion Visual Finding.

Extensible, version 20201115, UID 1.2.840.10008.6.1.1353.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4408
NAME: Final[str] = "Lesion Visual Finding"
KEYWORD: Final[str | None] = "LesionVisualFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.1353"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20201115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BleedingSkin: Final[Code] = Code("SCT", "297968009", "Bleeding skin", (4406, 4408))
"""Bleeding skin (SCT 297968009)."""

Erythema: Final[Code] = Code("SCT", "247441003", "Erythema", (4406, 4408, 6055))
"""Erythema (SCT 247441003)."""

MEMBERS: Final[tuple[Code, ...]] = (BleedingSkin, Erythema)
"""The resolved membership: own members, then those of the included groups, in order."""
