"""CID 6036 Feature Scope.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.366.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6036
NAME: Final[str] = "Feature Scope"
KEYWORD: Final[str | None] = "FeatureScope"
UID: Final[str | None] = "1.2.840.10008.6.1.366"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FeatureDetectedOnTheOnlyImage: Final[Code] = Code(
    "DCM", "111156", "Feature detected on the only image", (6036,)
)
"""Feature detected on the only image (DCM 111156)."""

FeatureDetectedOnOnlyOneOfTheImages: Final[Code] = Code(
    "DCM", "111157", "Feature detected on only one of the images", (6036,)
)
"""Feature detected on only one of the images (DCM 111157)."""

FeatureDetectedOnMultipleImages: Final[Code] = Code(
    "DCM", "111158", "Feature detected on multiple images", (6036,)
)
"""Feature detected on multiple images (DCM 111158)."""

FeatureDetectedOnImagesFromMultipleModalities: Final[Code] = Code(
    "DCM", "111159", "Feature detected on images from multiple modalities", (6036,)
)
"""Feature detected on images from multiple modalities (DCM 111159)."""

MEMBERS: Final[tuple[Code, ...]] = (
    FeatureDetectedOnTheOnlyImage,
    FeatureDetectedOnOnlyOneOfTheImages,
    FeatureDetectedOnMultipleImages,
    FeatureDetectedOnImagesFromMultipleModalities,
)
"""The resolved membership: own members, then those of the included groups, in order."""
