"""CID 9547 RT Beam Limiting Device Orientation Label.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1294.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9547
NAME: _Final[str] = "RT Beam Limiting Device Orientation Label"
KEYWORD: _Final[str | None] = "RTBeamLimitingDeviceOrientationLabel"
UID: _Final[str | None] = "1.2.840.10008.6.1.1294"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190715"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

XOrientation: _Final[_Code] = _Code("DCM", "130334", "X Orientation", (9547,))
"""X Orientation (DCM 130334)."""

YOrientation: _Final[_Code] = _Code("DCM", "130335", "Y Orientation", (9547,))
"""Y Orientation (DCM 130335)."""

MEMBERS: _Final[tuple[_Code, ...]] = (XOrientation, YOrientation)
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
