"""CID 12232 Myocardium Mass Method.

Extensible, version 20100317, UID 1.2.840.10008.6.1.623.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12232
NAME: _Final[str] = "Myocardium Mass Method"
KEYWORD: _Final[str | None] = "MyocardiumMassMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.623"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricleMassByMMode: _Final[_Code] = _Code(
    "DCM", "125221", "Left Ventricle Mass by M-mode", (12232,)
)
"""Left Ventricle Mass by M-mode (DCM 125221)."""

LeftVentricleMassByTruncatedEllipse: _Final[_Code] = _Code(
    "DCM", "125222", "Left Ventricle Mass by Truncated Ellipse", (12232,)
)
"""Left Ventricle Mass by Truncated Ellipse (DCM 125222)."""

LeftVentricleMassByAreaLength: _Final[_Code] = _Code(
    "DCM", "125270", "Left Ventricle Mass by Area Length", (12232,)
)
"""Left Ventricle Mass by Area Length (DCM 125270)."""

LeftVentricleMassByMModeAdjustedByHeight: _Final[_Code] = _Code(
    "DCM", "125271", "Left Ventricle Mass by M-mode - adjusted by Height", (12232,)
)
"""Left Ventricle Mass by M-mode - adjusted by Height (DCM 125271)."""

LeftVentricleMassByTruncatedEllipseAdjustedByHeight: _Final[_Code] = _Code(
    "DCM", "125272", "Left Ventricle Mass by Truncated Ellipse - adjusted by Height", (12232,)
)
"""Left Ventricle Mass by Truncated Ellipse - adjusted by Height (DCM 125272)."""

LeftVentricleMassByAreaLengthAdjustedByHeight: _Final[_Code] = _Code(
    "DCM", "125273", "Left Ventricle Mass by Area Length - adjusted by Height", (12232,)
)
"""Left Ventricle Mass by Area Length - adjusted by Height (DCM 125273)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftVentricleMassByMMode,
    LeftVentricleMassByTruncatedEllipse,
    LeftVentricleMassByAreaLength,
    LeftVentricleMassByMModeAdjustedByHeight,
    LeftVentricleMassByTruncatedEllipseAdjustedByHeight,
    LeftVentricleMassByAreaLengthAdjustedByHeight,
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
