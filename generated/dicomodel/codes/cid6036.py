"""CID 6036 Feature Scope.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.366.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6036
NAME: _Final[str] = "Feature Scope"
KEYWORD: _Final[str | None] = "FeatureScope"
UID: _Final[str | None] = "1.2.840.10008.6.1.366"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FeatureDetectedOnTheOnlyImage: _Final[_Code] = _Code(
    "DCM", "111156", "Feature detected on the only image", (6036,)
)
"""Feature detected on the only image (DCM 111156)."""

FeatureDetectedOnOnlyOneOfTheImages: _Final[_Code] = _Code(
    "DCM", "111157", "Feature detected on only one of the images", (6036,)
)
"""Feature detected on only one of the images (DCM 111157)."""

FeatureDetectedOnMultipleImages: _Final[_Code] = _Code(
    "DCM", "111158", "Feature detected on multiple images", (6036,)
)
"""Feature detected on multiple images (DCM 111158)."""

FeatureDetectedOnImagesFromMultipleModalities: _Final[_Code] = _Code(
    "DCM", "111159", "Feature detected on images from multiple modalities", (6036,)
)
"""Feature detected on images from multiple modalities (DCM 111159)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    FeatureDetectedOnTheOnlyImage,
    FeatureDetectedOnOnlyOneOfTheImages,
    FeatureDetectedOnMultipleImages,
    FeatureDetectedOnImagesFromMultipleModalities,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
