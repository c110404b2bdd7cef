"""CID 3458 Contour Realignment.

Extensible, version 20040614, UID 1.2.840.10008.6.1.103.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3458
NAME: _Final[str] = "Contour Realignment"
KEYWORD: _Final[str | None] = "ContourRealignment"
UID: _Final[str | None] = "1.2.840.10008.6.1.103"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CenterOfGravity: _Final[_Code] = _Code("DCM", "122475", "Center of Gravity", (3458,))
"""Center of Gravity (DCM 122475)."""

LongAxisBased: _Final[_Code] = _Code("DCM", "122476", "Long Axis Based", (3458,))
"""Long Axis Based (DCM 122476)."""

NoRealignment: _Final[_Code] = _Code("DCM", "122477", "No Realignment", (3458,))
"""No Realignment (DCM 122477)."""

MEMBERS: _Final[tuple[_Code, ...]] = (CenterOfGravity, LongAxisBased, NoRealignment)
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
