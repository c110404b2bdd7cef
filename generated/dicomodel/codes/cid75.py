"""CID 75 Low High or Equal.

Non-extensible, version 20181115, UID 1.2.840.10008.6.1.1265.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 75
NAME: _Final[str] = "Low High or Equal"
KEYWORD: _Final[str | None] = "LowHighOrEqual"
UID: _Final[str | None] = "1.2.840.10008.6.1.1265"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20181115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Low: _Final[_Code] = _Code("SCT", "62482003", "Low", (75,))
"""Low (SCT 62482003)."""

High: _Final[_Code] = _Code("SCT", "75540009", "High", (75, 3642))
"""High (SCT 75540009)."""

Equal: _Final[_Code] = _Code("SCT", "9726003", "Equal", (75,))
"""Equal (SCT 9726003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Low, High, Equal)
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
