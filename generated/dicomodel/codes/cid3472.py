"""CID 3472 Cardiac Contraction Phase.

Extensible, version 20071031, UID 1.2.840.10008.6.1.114.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3472
NAME: _Final[str] = "Cardiac Contraction Phase"
KEYWORD: _Final[str | None] = "CardiacContractionPhase"
UID: _Final[str | None] = "1.2.840.10008.6.1.114"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20071031"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Systolic: _Final[_Code] = _Code("SCT", "111973004", "Systolic", (3472, 12233, 12307))
"""Systolic (SCT 111973004)."""

Diastolic: _Final[_Code] = _Code("SCT", "90892000", "Diastolic", (3472, 12233, 12307))
"""Diastolic (SCT 90892000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Systolic, Diastolic)
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
