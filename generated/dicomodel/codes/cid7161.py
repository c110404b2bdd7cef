"""CID 7161 Physiology Segmentation Type.

Extensible, version 20060822, UID 1.2.840.10008.6.1.507.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7161
NAME: Final[str] = "Physiology Segmentation Type"
KEYWORD: Final[str | None] = "PhysiologySegmentationType"
UID: Final[str | None] = "1.2.840.10008.6.1.507"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20060822"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Perfusion: Final[Code] = Code("SCT", "371863001", "Perfusion", (7161,))
"""Perfusion (SCT 371863001)."""

MEMBERS: Final[tuple[Code, ...]] = (Perfusion,)
"""The resolved membership: own members, then those of the included groups, in order."""
