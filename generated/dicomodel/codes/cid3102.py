"""CID 3102 Rest/Stress State.

Extensible, version 20080927, UID 1.2.840.10008.6.1.738.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3102
NAME: _Final[str] = "Rest/Stress State"
KEYWORD: _Final[str | None] = "RestStressState"
UID: _Final[str | None] = "1.2.840.10008.6.1.738"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RestingState: _Final[_Code] = _Code(
    "SCT", "128975004", "Resting State", (3101, 3102, 3207, 3250, 3262, 3602, 3651)
)
"""Resting State (SCT 128975004)."""

CardiacStressState: _Final[_Code] = _Code("DCM", "109091", "Cardiac Stress State", (3102,))
"""Cardiac Stress State (DCM 109091)."""

MEMBERS: _Final[tuple[_Code, ...]] = (RestingState, CardiacStressState)
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
