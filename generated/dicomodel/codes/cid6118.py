"""CID 6118 Size Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.438.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6118
NAME: _Final[str] = "Size Descriptor"
KEYWORD: _Final[str | None] = "SizeDescriptor"
UID: _Final[str | None] = "1.2.840.10008.6.1.438"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ExtremelySmall: _Final[_Code] = _Code("DCM", "112131", "Extremely small", (6118,))
"""Extremely small (DCM 112131)."""

VerySmall: _Final[_Code] = _Code("DCM", "112132", "Very small", (6118,))
"""Very small (DCM 112132)."""

Small: _Final[_Code] = _Code("SCT", "255507004", "Small", (252, 6118))
"""Small (SCT 255507004)."""

Medium: _Final[_Code] = _Code("SCT", "255508009", "Medium", (252, 6118))
"""Medium (SCT 255508009)."""

Large: _Final[_Code] = _Code("SCT", "255509001", "Large", (252, 6118))
"""Large (SCT 255509001)."""

Enlarged: _Final[_Code] = _Code("SCT", "260376009", "Enlarged", (6107, 6118))
"""Enlarged (SCT 260376009)."""

TooSmall: _Final[_Code] = _Code("DCM", "112133", "Too small", (6118,))
"""Too small (DCM 112133)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ExtremelySmall,
    VerySmall,
    Small,
    Medium,
    Large,
    Enlarged,
    TooSmall,
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
