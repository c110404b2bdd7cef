"""CID 3209 Stress Imaging Summary Code.

Extensible, version 20080927, UID 1.2.840.10008.6.1.764.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3209
NAME: _Final[str] = "Stress Imaging Summary Code"
KEYWORD: _Final[str | None] = "StressImagingSummaryCode"
UID: _Final[str | None] = "1.2.840.10008.6.1.764"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ImagingResultNormal: _Final[_Code] = _Code("SCT", "408573005", "Imaging result normal", (3209,))
"""Imaging result normal (SCT 408573005)."""

ImagingResultAbnormal: _Final[_Code] = _Code("SCT", "408574004", "Imaging result abnormal", (3209,))
"""Imaging result abnormal (SCT 408574004)."""

ImagingResultEquivocal: _Final[_Code] = _Code(
    "SCT", "408379005", "Imaging result equivocal", (3209,)
)
"""Imaging result equivocal (SCT 408379005)."""

NotPerformed: _Final[_Code] = _Code("SCT", "262008008", "Not performed", (3208, 3209))
"""Not performed (SCT 262008008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ImagingResultNormal,
    ImagingResultAbnormal,
    ImagingResultEquivocal,
    NotPerformed,
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
