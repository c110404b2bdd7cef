"""CID 3101 Cardiac Procedural State Value.

Extensible, version 20091021, UID 1.2.840.10008.6.1.52.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3101
NAME: _Final[str] = "Cardiac Procedural State Value"
KEYWORD: _Final[str | None] = "CardiacProceduralStateValue"
UID: _Final[str | None] = "1.2.840.10008.6.1.52"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20091021"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RestingState: _Final[_Code] = _Code(
    "SCT", "128975004", "Resting State", (3101, 3102, 3207, 3250, 3262, 3602, 3651)
)
"""Resting State (SCT 128975004)."""

CardiacStressState: _Final[_Code] = _Code("SCT", "432655005", "Cardiac Stress State", (3101, 3207))
"""Cardiac Stress State (SCT 432655005)."""

ReinjectionState: _Final[_Code] = _Code("DCM", "109092", "Reinjection State", (3101,))
"""Reinjection State (DCM 109092)."""

RedistributionState: _Final[_Code] = _Code("DCM", "109093", "Redistribution State", (3101,))
"""Redistribution State (DCM 109093)."""

DelayedRedistributionState: _Final[_Code] = _Code(
    "DCM", "109094", "Delayed Redistribution State", (3101,)
)
"""Delayed Redistribution State (DCM 109094)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RestingState,
    CardiacStressState,
    ReinjectionState,
    RedistributionState,
    DelayedRedistributionState,
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
