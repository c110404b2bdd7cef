"""CID 607 Animal Feed Type.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1072.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 607
NAME: _Final[str] = "Animal Feed Type"
KEYWORD: _Final[str | None] = "AnimalFeedType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1072"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NIH07: _Final[_Code] = _Code("DCM", "127271", "NIH07", (607,))
"""NIH07 (DCM 127271)."""

NIH31: _Final[_Code] = _Code("DCM", "127270", "NIH31", (607,))
"""NIH31 (DCM 127270)."""

AIN76: _Final[_Code] = _Code("DCM", "127272", "AIN76", (607,))
"""AIN76 (DCM 127272)."""

AIN93G: _Final[_Code] = _Code("DCM", "127273", "AIN93G", (607,))
"""AIN93G (DCM 127273)."""

AIN93M: _Final[_Code] = _Code("DCM", "127274", "AIN93M", (607,))
"""AIN93M (DCM 127274)."""

MEMBERS: _Final[tuple[_Code, ...]] = (NIH07, NIH31, AIN76, AIN93G, AIN93M)
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
