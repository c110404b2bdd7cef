"""CID 8120 Whole Slide Microscopy Image Referenced Image Purpose of Reference.

Extensible, version 20100824, UID 1.2.840.10008.6.1.897.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8120
NAME: Final[str] = "Whole Slide Microscopy Image Referenced Image Purpose of Reference"
KEYWORD: Final[str | None] = "WholeSlideMicroscopyImageReferencedImagePurposeOfReference"
UID: Final[str | None] = "1.2.840.10008.6.1.897"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100824"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Localizer: Final[Code] = Code("DCM", "121311", "Localizer", (4264, 7201, 8120))
"""Localizer (DCM 121311)."""

SameAcquisitionAtLowerResolution: Final[Code] = Code(
    "DCM", "121350", "Same acquisition at lower resolution", (8120,)
)
"""Same acquisition at lower resolution (DCM 121350)."""

SameAcquisitionAtHigherResolution: Final[Code] = Code(
    "DCM", "121351", "Same acquisition at higher resolution", (8120,)
)
"""Same acquisition at higher resolution (DCM 121351)."""

SameAcquisitionAtDifferentFocalDepth: Final[Code] = Code(
    "DCM", "121352", "Same acquisition at different focal depth", (8120,)
)
"""Same acquisition at different focal depth (DCM 121352)."""

SameAcquisitionAtDifferentSpectralBand: Final[Code] = Code(
    "DCM", "121353", "Same acquisition at different spectral band", (8120,)
)
"""Same acquisition at different spectral band (DCM 121353)."""

ImagedContainerLabel: Final[Code] = Code("DCM", "121354", "Imaged container label", (8120,))
"""Imaged container label (DCM 121354)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Localizer,
    SameAcquisitionAtLowerResolution,
    SameAcquisitionAtHigherResolution,
    SameAcquisitionAtDifferentFocalDepth,
    SameAcquisitionAtDifferentSpectralBand,
    ImagedContainerLabel,
)
"""The resolved membership: own members, then those of the included groups, in order."""
