"""CID 3714 Thrombus.

Extensible, version 20030327, UID 1.2.840.10008.6.1.215.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3714
NAME: _Final[str] = "Thrombus"
KEYWORD: _Final[str | None] = "Thrombus"
UID: _Final[str | None] = "1.2.840.10008.6.1.215"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NoThrombus: _Final[_Code] = _Code("SCT", "373140001", "No Thrombus", (3714,))
"""No Thrombus (SCT 373140001)."""

PossibleThrombus: _Final[_Code] = _Code("SCT", "373141002", "Possible Thrombus", (3714,))
"""Possible Thrombus (SCT 373141002)."""

DefiniteThrombus: _Final[_Code] = _Code("SCT", "373142009", "Definite Thrombus", (3714,))
"""Definite Thrombus (SCT 373142009)."""

SevereThrombus: _Final[_Code] = _Code("SCT", "373143004", "Severe Thrombus", (3714,))
"""Severe Thrombus (SCT 373143004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NoThrombus,
    PossibleThrombus,
    DefiniteThrombus,
    SevereThrombus,
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
