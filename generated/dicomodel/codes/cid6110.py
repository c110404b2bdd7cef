"""CID 6110 Lung Anatomy Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.430.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6110
NAME: _Final[str] = "Lung Anatomy Finding or Feature"
KEYWORD: _Final[str | None] = "LungAnatomyFindingOrFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.430"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LobeOfLung: _Final[_Code] = _Code("SCT", "31094006", "Lobe of lung", (6110,))
"""Lobe of lung (SCT 31094006)."""

MidlungWindow: _Final[_Code] = _Code("DCM", "112085", "Midlung window", (6110,))
"""Midlung window (DCM 112085)."""

SecondaryPulmonaryLobule: _Final[_Code] = _Code(
    "DCM", "112054", "Secondary pulmonary lobule", (6110,)
)
"""Secondary pulmonary lobule (DCM 112054)."""

SegmentOfLung: _Final[_Code] = _Code("SCT", "72674008", "Segment of lung", (6110,))
"""Segment of lung (SCT 72674008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LobeOfLung,
    MidlungWindow,
    SecondaryPulmonaryLobule,
    SegmentOfLung,
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
