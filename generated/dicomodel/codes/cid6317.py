"""CID 6317 Prostate DCE MRI Quality Finding.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1374.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6317
NAME: _Final[str] = "Prostate DCE MRI Quality Finding"
KEYWORD: _Final[str | None] = "ProstateDCEMRIQualityFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.1374"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PoorContrastTiming: _Final[_Code] = _Code("DCM", "130579", "Poor contrast timing", (6317,))
"""Poor contrast timing (DCM 130579)."""

InadequateContrastEnhancement: _Final[_Code] = _Code(
    "DCM", "130580", "Inadequate contrast enhancement", (6317,)
)
"""Inadequate contrast enhancement (DCM 130580)."""

SubtractionImageMissing: _Final[_Code] = _Code(
    "DCM", "130581", "Subtraction image missing", (6317,)
)
"""Subtraction image missing (DCM 130581)."""

UnwantedSubtractionImages: _Final[_Code] = _Code(
    "DCM", "130582", "Unwanted subtraction images", (6317,)
)
"""Unwanted subtraction images (DCM 130582)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PoorContrastTiming,
    InadequateContrastEnhancement,
    SubtractionImageMissing,
    UnwantedSubtractionImages,
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
