"""CID 3703 Wall Motion.

Extensible, version 20111028, UID 1.2.840.10008.6.1.205.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3703
NAME: _Final[str] = "Wall Motion"
KEYWORD: _Final[str | None] = "WallMotion"
UID: _Final[str | None] = "1.2.840.10008.6.1.205"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20111028"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NotEvaluated: _Final[_Code] = _Code("SCT", "373121007", "Not Evaluated", (3703,))
"""Not Evaluated (SCT 373121007)."""

Unknown: _Final[_Code] = _Code("SCT", "261665006", "Unknown", (3703, 6096))
"""Unknown (SCT 261665006)."""

NotVisualized: _Final[_Code] = _Code("DCM", "122288", "Not visualized", (3703,))
"""Not visualized (DCM 122288)."""

NormalWallMotion: _Final[_Code] = _Code("SCT", "373122000", "Normal wall motion", (3703,))
"""Normal wall motion (SCT 373122000)."""

HyperkineticRegion: _Final[_Code] = _Code("SCT", "373123005", "Hyperkinetic region", (3703,))
"""Hyperkinetic region (SCT 373123005)."""

Hypokinesis: _Final[_Code] = _Code("SCT", "37706002", "Hypokinesis", (3703, 3706))
"""Hypokinesis (SCT 37706002)."""

MildHypokinesis: _Final[_Code] = _Code("SCT", "371868005", "Mild Hypokinesis", (3703,))
"""Mild Hypokinesis (SCT 371868005)."""

ModerateHypokinesis: _Final[_Code] = _Code("SCT", "371869002", "Moderate Hypokinesis", (3703,))
"""Moderate Hypokinesis (SCT 371869002)."""

SevereHypokinesis: _Final[_Code] = _Code("SCT", "371870001", "Severe Hypokinesis", (3703,))
"""Severe Hypokinesis (SCT 371870001)."""

Akinesis: _Final[_Code] = _Code("SCT", "195675009", "Akinesis", (3703, 3706))
"""Akinesis (SCT 195675009)."""

Dyskinesis: _Final[_Code] = _Code("SCT", "25437005", "Dyskinesis", (3703,))
"""Dyskinesis (SCT 25437005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NotEvaluated,
    Unknown,
    NotVisualized,
    NormalWallMotion,
    HyperkineticRegion,
    Hypokinesis,
    MildHypokinesis,
    ModerateHypokinesis,
    SevereHypokinesis,
    Akinesis,
    Dyskinesis,
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
