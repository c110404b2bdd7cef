"""CID 9527 Teletherapy Isotope.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1237.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9527
NAME: _Final[str] = "Teletherapy Isotope"
KEYWORD: _Final[str | None] = "TeletherapyIsotope"
UID: _Final[str | None] = "1.2.840.10008.6.1.1237"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

V60Cobalt: _Final[_Code] = _Code("SCT", "5405008", "^60^Cobalt", (18, 9527, 9528))
"""^60^Cobalt (SCT 5405008)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_60Cobalt: _Final[_Code] = V60Cobalt

MEMBERS: _Final[tuple[_Code, ...]] = (V60Cobalt,)
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
