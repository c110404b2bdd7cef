"""CID 6155 Posterior Acoustic Feature.

Extensible, version 20060622, UID 1.2.840.10008.6.1.470.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6155
NAME: Final[str] = "Posterior Acoustic Feature"
KEYWORD: Final[str | None] = "PosteriorAcousticFeature"
UID: Final[str | None] = "1.2.840.10008.6.1.470"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20060622"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NoPosteriorAcousticFeatures: Final[Code] = Code(
    "DCM", "111367", "No posterior acoustic features", (6155,)
)
"""No posterior acoustic features (DCM 111367)."""

PosteriorEnhancement: Final[Code] = Code("DCM", "111368", "Posterior enhancement", (6155,))
"""Posterior enhancement (DCM 111368)."""

PosteriorShadowing: Final[Code] = Code("DCM", "111369", "Posterior shadowing", (6155,))
"""Posterior shadowing (DCM 111369)."""

CombinedPosteriorEnhancementAndShadowing: Final[Code] = Code(
    "DCM", "111370", "Combined posterior enhancement and shadowing", (6155,)
)
"""Combined posterior enhancement and shadowing (DCM 111370)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NoPosteriorAcousticFeatures,
    PosteriorEnhancement,
    PosteriorShadowing,
    CombinedPosteriorEnhancementAndShadowing,
)
"""The resolved membership: own members, then those of the included groups, in order."""
