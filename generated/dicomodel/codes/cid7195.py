"""CID 7195 Function Segmentation Property Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1194.
Includes CID 7161.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7195
NAME: Final[str] = "Function Segmentation Property Type"
KEYWORD: Final[str | None] = "FunctionSegmentationPropertyType"
UID: Final[str | None] = "1.2.840.10008.6.1.1194"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = (7161,)
EXTERNAL_SCHEME: Final[str | None] = None

Perfusion: Final[Code] = Code("SCT", "371863001", "Perfusion", (7161,))
"""Perfusion (SCT 371863001). Included from CID 7161."""

MEMBERS: Final[tuple[Code, ...]] = (Perfusion,)
"""The resolved membership: own members, then those of the included groups, in order."""
