"""CID 6170 Lobe of Lung.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1482.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6170
NAME: _Final[str] = "Lobe of Lung"
KEYWORD: _Final[str | None] = "LobeOfLung"
UID: _Final[str | None] = "1.2.840.10008.6.1.1482"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

UpperLobeOfLung: _Final[_Code] = _Code("SCT", "45653009", "Upper lobe of lung", (6170,))
"""Upper lobe of lung (SCT 45653009)."""

MiddleLobeOfRightLung: _Final[_Code] = _Code(
    "SCT", "72481006", "Middle lobe of right lung", (6170,)
)
"""Middle lobe of right lung (SCT 72481006)."""

LowerLobeOfLung: _Final[_Code] = _Code("SCT", "90572001", "Lower lobe of lung", (6170,))
"""Lower lobe of lung (SCT 90572001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (UpperLobeOfLung, MiddleLobeOfRightLung, LowerLobeOfLung)
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
