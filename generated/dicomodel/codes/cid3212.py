"""CID 3212 Treadmill Speed.

Extensible, version 20080927, UID 1.2.840.10008.6.1.767.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3212
NAME: _Final[str] = "Treadmill Speed"
KEYWORD: _Final[str | None] = "TreadmillSpeed"
UID: _Final[str | None] = "1.2.840.10008.6.1.767"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

kmH: _Final[_Code] = _Code("UCUM", "km/h", "km/h", (3212,))
"""km/h (UCUM km/h)."""

Mph: _Final[_Code] = _Code("UCUM", "[mi_i]/h", "mph", (3212,))
"""mph (UCUM [mi_i]/h)."""

MEMBERS: _Final[tuple[_Code, ...]] = (kmH, Mph)
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
