"""CID 6106 Abnormal Texture Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.426.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6106
NAME: Final[str] = "Abnormal Texture Finding or Feature"
KEYWORD: Final[str | None] = "AbnormalTextureFindingOrFeature"
UID: Final[str | None] = "1.2.840.10008.6.1.426"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NodularPattern: Final[Code] = Code("DCM", "112067", "Nodular pattern", (6104, 6106))
"""Nodular pattern (DCM 112067)."""

ReticulonodularPattern: Final[Code] = Code(
    "DCM", "112065", "Reticulonodular pattern", (6103, 6104, 6106)
)
"""Reticulonodular pattern (DCM 112065)."""

AbnormalInterstitialPattern: Final[Code] = Code(
    "DCM", "112004", "Abnormal interstitial pattern", (6104, 6106)
)
"""Abnormal interstitial pattern (DCM 112004)."""

GranularPattern: Final[Code] = Code("DCM", "112128", "Granular pattern", (6106,))
"""Granular pattern (DCM 112128)."""

HoneycombPattern: Final[Code] = Code("DCM", "112106", "Honeycomb pattern", (6103, 6106))
"""Honeycomb pattern (DCM 112106)."""

MiliaryPattern: Final[Code] = Code("DCM", "112129", "Miliary pattern", (6106,))
"""Miliary pattern (DCM 112129)."""

MosaicPattern: Final[Code] = Code("DCM", "112130", "Mosaic pattern", (6106,))
"""Mosaic pattern (DCM 112130)."""

ReticularPattern: Final[Code] = Code("DCM", "112113", "Reticular pattern", (6103, 6106))
"""Reticular pattern (DCM 112113)."""

SmallIrregularOpacities: Final[Code] = Code(
    "DCM", "112125", "Small irregular opacities", (6104, 6106)
)
"""Small irregular opacities (DCM 112125)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NodularPattern,
    ReticulonodularPattern,
    AbnormalInterstitialPattern,
    GranularPattern,
    HoneycombPattern,
    MiliaryPattern,
    MosaicPattern,
    ReticularPattern,
    SmallIrregularOpacities,
)
"""The resolved membership: own members, then those of the included groups, in order."""
