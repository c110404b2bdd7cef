"""CID 3706 Overall Contractility.

Extensible, version 20111028, UID 1.2.840.10008.6.1.208.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3706
NAME: _Final[str] = "Overall Contractility"
KEYWORD: _Final[str | None] = "OverallContractility"
UID: _Final[str | None] = "1.2.840.10008.6.1.208"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20111028"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NormalWallContractility: _Final[_Code] = _Code(
    "SCT", "373129009", "Normal wall contractility", (3706,)
)
"""Normal wall contractility (SCT 373129009)."""

Hyperkinesis: _Final[_Code] = _Code("SCT", "371855002", "Hyperkinesis", (3706,))
"""Hyperkinesis (SCT 371855002)."""

Hypokinesis: _Final[_Code] = _Code("SCT", "37706002", "Hypokinesis", (3703, 3706))
"""Hypokinesis (SCT 37706002)."""

Akinesis: _Final[_Code] = _Code("SCT", "195675009", "Akinesis", (3703, 3706))
"""Akinesis (SCT 195675009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (NormalWallContractility, Hyperkinesis, Hypokinesis, Akinesis)
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
