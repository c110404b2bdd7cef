"""CID 7205 Purpose of Reference to Alternate Representation.

Extensible, version 20040322, UID 1.2.840.10008.6.1.511.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7205
NAME: Final[str] = "Purpose of Reference to Alternate Representation"
KEYWORD: Final[str | None] = "PurposeOfReferenceToAlternateRepresentation"
UID: Final[str | None] = "1.2.840.10008.6.1.511"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040322"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SourceImage: Final[Code] = Code("DCM", "121324", "Source image", (7060, 7061, 7205))
"""Source image (DCM 121324)."""

LossyCompressedImage: Final[Code] = Code("DCM", "121325", "Lossy compressed image", (7205,))
"""Lossy compressed image (DCM 121325)."""

AlternateSOPClassInstance: Final[Code] = Code(
    "DCM", "121326", "Alternate SOP Class instance", (7205,)
)
"""Alternate SOP Class instance (DCM 121326)."""

FullFidelityImage: Final[Code] = Code("DCM", "121327", "Full fidelity image", (7205,))
"""Full fidelity image (DCM 121327)."""

AlternatePhotometricInterpretationImage: Final[Code] = Code(
    "DCM", "121328", "Alternate Photometric Interpretation image", (7205,)
)
"""Alternate Photometric Interpretation image (DCM 121328)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SourceImage,
    LossyCompressedImage,
    AlternateSOPClassInstance,
    FullFidelityImage,
    AlternatePhotometricInterpretationImage,
)
"""The resolved membership: own members, then those of the included groups, in order."""
