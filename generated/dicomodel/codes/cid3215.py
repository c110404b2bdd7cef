"""CID 3215 Perfusion Finding Method.

Extensible, version 20080927, UID 1.2.840.10008.6.1.769.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3215
NAME: _Final[str] = "Perfusion Finding Method"
KEYWORD: _Final[str | None] = "PerfusionFindingMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.769"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ECGAnalysis: _Final[_Code] = _Code("SCT", "258181008", "ECG analysis", (3215,))
"""ECG analysis (SCT 258181008)."""

ImageAnalysis: _Final[_Code] = _Code("SCT", "24587005", "Image analysis", (3215,))
"""Image analysis (SCT 24587005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (ECGAnalysis, ImageAnalysis)
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
