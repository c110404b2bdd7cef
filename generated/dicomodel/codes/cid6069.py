"""CID 6069 Nottingham Combined Histologic Grade.

Extensible, version 20040112, UID 1.2.840.10008.6.1.398.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6069
NAME: _Final[str] = "Nottingham Combined Histologic Grade"
KEYWORD: _Final[str | None] = "NottinghamCombinedHistologicGrade"
UID: _Final[str | None] = "1.2.840.10008.6.1.398"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NottinghamCombinedGradeCannotBeDetermined: _Final[_Code] = _Code(
    "SCT", "384668003", "Nottingham Combined Grade cannot be determined", (6069,)
)
"""Nottingham Combined Grade cannot be determined (SCT 384668003)."""

NottinghamCombinedGradeI3To5Points: _Final[_Code] = _Code(
    "SCT", "369790002", "Nottingham Combined Grade I: 3-5 points", (6069,)
)
"""Nottingham Combined Grade I: 3-5 points (SCT 369790002)."""

NottinghamCombinedGradeII6To7Points: _Final[_Code] = _Code(
    "SCT", "369791003", "Nottingham Combined Grade II: 6-7 points", (6069,)
)
"""Nottingham Combined Grade II: 6-7 points (SCT 369791003)."""

NottinghamCombinedGradeIII8To9Points: _Final[_Code] = _Code(
    "SCT", "369792005", "Nottingham Combined Grade III: 8-9 points", (6069,)
)
"""Nottingham Combined Grade III: 8-9 points (SCT 369792005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NottinghamCombinedGradeCannotBeDetermined,
    NottinghamCombinedGradeI3To5Points,
    NottinghamCombinedGradeII6To7Points,
    NottinghamCombinedGradeIII8To9Points,
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
