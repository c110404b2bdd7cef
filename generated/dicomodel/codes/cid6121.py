"""CID 6121 Chest Orientation Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.441.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6121
NAME: _Final[str] = "Chest Orientation Descriptor"
KEYWORD: _Final[str | None] = "ChestOrientationDescriptor"
UID: _Final[str | None] = "1.2.840.10008.6.1.441"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Horizontal: _Final[_Code] = _Code("SCT", "24020000", "Horizontal", (2, 6121))
"""Horizontal (SCT 24020000)."""

Vertical: _Final[_Code] = _Code("SCT", "33096000", "Vertical", (2, 6121))
"""Vertical (SCT 33096000)."""

Oblique: _Final[_Code] = _Code("SCT", "21114003", "Oblique", (6, 6121, 6312))
"""Oblique (SCT 21114003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Horizontal, Vertical, Oblique)
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
