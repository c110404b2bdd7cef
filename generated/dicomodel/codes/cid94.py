"""CID 94 Physical Force Applied During Acquisition.

Extensible, version 20100625, UID 1.2.840.10008.6.1.894.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 94
NAME: _Final[str] = "Physical Force Applied During Acquisition"
KEYWORD: _Final[str | None] = "PhysicalForceAppliedDuringAcquisition"
UID: _Final[str | None] = "1.2.840.10008.6.1.894"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100625"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TractionAction: _Final[_Code] = _Code("SCT", "129411004", "Traction - action", (94,))
"""Traction - action (SCT 129411004)."""

CompressionAction: _Final[_Code] = _Code("SCT", "263720003", "Compression - action", (94,))
"""Compression - action (SCT 263720003)."""

RotationAction: _Final[_Code] = _Code("SCT", "257912008", "Rotation - action", (94,))
"""Rotation - action (SCT 257912008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (TractionAction, CompressionAction, RotationAction)
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
