"""CID 3207 Stress Test Procedure Phase.

Extensible, version 20081031, UID 1.2.840.10008.6.1.637.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3207
NAME: _Final[str] = "Stress Test Procedure Phase"
KEYWORD: _Final[str | None] = "StressTestProcedurePhase"
UID: _Final[str | None] = "1.2.840.10008.6.1.637"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20081031"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RestingState: _Final[_Code] = _Code(
    "SCT", "128975004", "Resting State", (3101, 3102, 3207, 3250, 3262, 3602, 3651)
)
"""Resting State (SCT 128975004)."""

CardiacStressState: _Final[_Code] = _Code("SCT", "432655005", "Cardiac stress state", (3101, 3207))
"""Cardiac stress state (SCT 432655005)."""

PeakCardiacStressState: _Final[_Code] = _Code(
    "SCT", "434161005", "Peak cardiac stress state", (3207,)
)
"""Peak cardiac stress state (SCT 434161005)."""

CardiacStressRecoveryState: _Final[_Code] = _Code(
    "SCT", "432554001", "Cardiac stress recovery state", (3207,)
)
"""Cardiac stress recovery state (SCT 432554001)."""

Hyperventilation: _Final[_Code] = _Code("SCT", "68978004", "Hyperventilation", (3038, 3207))
"""Hyperventilation (SCT 68978004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RestingState,
    CardiacStressState,
    PeakCardiacStressState,
    CardiacStressRecoveryState,
    Hyperventilation,
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
