"""CID 6044 Image Quality Assessment Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.374.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6044
NAME: _Final[str] = "Image Quality Assessment Type"
KEYWORD: _Final[str | None] = "ImageQualityAssessmentType"
UID: _Final[str | None] = "1.2.840.10008.6.1.374"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

UnusableQualityRendersImageUnusable: _Final[_Code] = _Code(
    "DCM", "111235", "Unusable - Quality renders image unusable", (3114, 6044)
)
"""Unusable - Quality renders image unusable (DCM 111235)."""

UsableDoesNotMeetTheQualityControlStandard: _Final[_Code] = _Code(
    "DCM", "111236", "Usable - Does not meet the quality control standard", (6044,)
)
"""Usable - Does not meet the quality control standard (DCM 111236)."""

UsableMeetsTheQualityControlStandard: _Final[_Code] = _Code(
    "DCM", "111237", "Usable - Meets the quality control standard", (6044,)
)
"""Usable - Meets the quality control standard (DCM 111237)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    UnusableQualityRendersImageUnusable,
    UsableDoesNotMeetTheQualityControlStandard,
    UsableMeetsTheQualityControlStandard,
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
