"""CID 7276 MR Diffusion Model Input.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1171.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7276
NAME: Final[str] = "MR Diffusion Model Input"
KEYWORD: Final[str | None] = "MRDiffusionModelInput"
UID: Final[str | None] = "1.2.840.10008.6.1.1171"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170413"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SourceImageDiffusionBValue: Final[Code] = Code(
    "DCM", "113240", "Source image diffusion b-value", (7276, 9000)
)
"""Source image diffusion b-value (DCM 113240)."""

MEMBERS: Final[tuple[Code, ...]] = (SourceImageDiffusionBValue,)
"""The resolved membership: own members, then those of the included groups, in order."""
