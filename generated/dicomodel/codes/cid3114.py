"""CID 3114 Study Quality.

Extensible, version 20080927, UID 1.2.840.10008.6.1.746.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3114
NAME: _Final[str] = "Study Quality"
KEYWORD: _Final[str | None] = "StudyQuality"
UID: _Final[str | None] = "1.2.840.10008.6.1.746"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ExcellentImageQuality: _Final[_Code] = _Code("DCM", "122740", "Excellent image quality", (3114,))
"""Excellent image quality (DCM 122740)."""

GoodImageQuality: _Final[_Code] = _Code("DCM", "122741", "Good image quality", (3114,))
"""Good image quality (DCM 122741)."""

PoorImageQuality: _Final[_Code] = _Code("DCM", "122742", "Poor image quality", (3114,))
"""Poor image quality (DCM 122742)."""

UnusableQualityRendersImageUnusable: _Final[_Code] = _Code(
    "DCM", "111235", "Unusable - Quality renders image unusable", (3114, 6044)
)
"""Unusable - Quality renders image unusable (DCM 111235)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ExcellentImageQuality,
    GoodImageQuality,
    PoorImageQuality,
    UnusableQualityRendersImageUnusable,
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
