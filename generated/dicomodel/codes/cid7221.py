"""CID 7221 RT Dose Purpose of Reference.

Extensible, version 20140106, UID 1.2.840.10008.6.1.969.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7221
NAME: Final[str] = "RT Dose Purpose of Reference"
KEYWORD: Final[str | None] = "RTDosePurposeOfReference"
UID: Final[str | None] = "1.2.840.10008.6.1.969"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20140106"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SourceDoseForComposingCurrentDose: Final[Code] = Code(
    "DCM", "121372", "Source dose for composing current dose", (7221,)
)
"""Source dose for composing current dose (DCM 121372)."""

MEMBERS: Final[tuple[Code, ...]] = (SourceDoseForComposingCurrentDose,)
"""The resolved membership: own members, then those of the included groups, in order."""
