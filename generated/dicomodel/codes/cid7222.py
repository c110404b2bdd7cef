"""CID 7222 Parametric Map Derivation Image Purpose of Reference.

Extensible, version 20141110, UID 1.2.840.10008.6.1.1009.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7222
NAME: Final[str] = "Parametric Map Derivation Image Purpose of Reference"
KEYWORD: Final[str | None] = "ParametricMapDerivationImagePurposeOfReference"
UID: Final[str | None] = "1.2.840.10008.6.1.1009"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20141110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SourceImageForImageProcessingOperation: Final[Code] = Code(
    "DCM", "121322", "Source Image for Image Processing Operation", (4264, 7202, 7222)
)
"""Source Image for Image Processing Operation (DCM 121322)."""

MEMBERS: Final[tuple[Code, ...]] = (SourceImageForImageProcessingOperation,)
"""The resolved membership: own members, then those of the included groups, in order."""
