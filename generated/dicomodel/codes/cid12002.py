"""CID 12002 Ultrasound Protocol Stage Type.

Extensible, version 20081027, UID 1.2.840.10008.6.1.551.
Includes CID 3207, CID 12102.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12002
NAME: _Final[str] = "Ultrasound Protocol Stage Type"
KEYWORD: _Final[str | None] = "UltrasoundProtocolStageType"
UID: _Final[str | None] = "1.2.840.10008.6.1.551"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20081027"
INCLUDES: _Final[tuple[int, ...]] = (3207, 12102)
EXTERNAL_SCHEME: _Final[str | None] = None

CardiacPacing: _Final[_Code] = _Code("SCT", "18590009", "Cardiac pacing", (3271, 3555, 12002))
"""Cardiac pacing (SCT 18590009)."""

HandGrip: _Final[_Code] = _Code("SCT", "128965002", "Hand grip", (3271, 12002))
"""Hand grip (SCT 128965002)."""

ValsalvaManeuver: _Final[_Code] = _Code(
    "SCT", "261039008", "Valsalva maneuver", (3271, 3823, 12002)
)
"""Valsalva maneuver (SCT 261039008)."""

RestingState: _Final[_Code] = _Code(
    "SCT", "128975004", "Resting State", (3101, 3102, 3207, 3250, 3262, 3602, 3651)
)
"""Resting State (SCT 128975004). Included from CID 3207."""

CardiacStressState: _Final[_Code] = _Code("SCT", "432655005", "Cardiac stress state", (3101, 3207))
"""Cardiac stress state (SCT 432655005). Included from CID 3207."""

PeakCardiacStressState: _Final[_Code] = _Code(
    "SCT", "434161005", "Peak cardiac stress state", (3207,)
)
"""Peak cardiac stress state (SCT 434161005). Included from CID 3207."""

CardiacStressRecoveryState: _Final[_Code] = _Code(
    "SCT", "432554001", "Cardiac stress recovery state", (3207,)
)
"""Cardiac stress recovery state (SCT 432554001). Included from CID 3207."""

Hyperventilation: _Final[_Code] = _Code("SCT", "68978004", "Hyperventilation", (3038, 3207))
"""Hyperventilation (SCT 68978004). Included from CID 3207."""

AfterProcedure: _Final[_Code] = _Code("SCT", "303110006", "After Procedure", (3815, 12102))
"""After Procedure (SCT 303110006). Included from CID 12102."""

DuringProcedure: _Final[_Code] = _Code("SCT", "307154001", "During Procedure", (12102,))
"""During Procedure (SCT 307154001). Included from CID 12102."""

BeforeProcedure: _Final[_Code] = _Code("SCT", "307153007", "Before Procedure", (12102,))
"""Before Procedure (SCT 307153007). Included from CID 12102."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CardiacPacing,
    HandGrip,
    ValsalvaManeuver,
    RestingState,
    CardiacStressState,
    PeakCardiacStressState,
    CardiacStressRecoveryState,
    Hyperventilation,
    AfterProcedure,
    DuringProcedure,
    BeforeProcedure,
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
