"""CID 4253 Visual Field Static Perimetry Fixation Strategy.

Extensible, version 20100827, UID 1.2.840.10008.6.1.912.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4253
NAME: _Final[str] = "Visual Field Static Perimetry Fixation Strategy"
KEYWORD: _Final[str | None] = "VisualFieldStaticPerimetryFixationStrategy"
UID: _Final[str | None] = "1.2.840.10008.6.1.912"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AutomatedOptical: _Final[_Code] = _Code("DCM", "111843", "Automated Optical", (4253,))
"""Automated Optical (DCM 111843)."""

BlindSpotMonitoring: _Final[_Code] = _Code("DCM", "111844", "Blind Spot Monitoring", (4253,))
"""Blind Spot Monitoring (DCM 111844)."""

MacularFixationTesting: _Final[_Code] = _Code("DCM", "111845", "Macular Fixation Testing", (4253,))
"""Macular Fixation Testing (DCM 111845)."""

ObservationByExaminer: _Final[_Code] = _Code("DCM", "111846", "Observation by Examiner", (4253,))
"""Observation by Examiner (DCM 111846)."""

None_: _Final[_Code] = _Code("SCT", "260413007", "None", (606, 3707, 3716, 4253))
"""None (SCT 260413007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AutomatedOptical,
    BlindSpotMonitoring,
    MacularFixationTesting,
    ObservationByExaminer,
    None_,
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
