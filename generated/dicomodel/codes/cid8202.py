"""CID 8202 Surface Scan Mode Type.

Extensible, version 20121129, UID 1.2.840.10008.6.1.954.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8202
NAME: _Final[str] = "Surface Scan Mode Type"
KEYWORD: _Final[str | None] = "SurfaceScanModeType"
UID: _Final[str | None] = "1.2.840.10008.6.1.954"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20121129"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TurntableScanMethod: _Final[_Code] = _Code("DCM", "114209", "Turntable Scan Method", (8202,))
"""Turntable Scan Method (DCM 114209)."""

HighResolution: _Final[_Code] = _Code("DCM", "114210", "High resolution", (8202,))
"""High resolution (DCM 114210)."""

FastMode: _Final[_Code] = _Code("DCM", "114211", "Fast mode", (8202,))
"""Fast mode (DCM 114211)."""

Checkerboard: _Final[_Code] = _Code("DCM", "114216", "Checkerboard", (8202,))
"""Checkerboard (DCM 114216)."""

MEMBERS: _Final[tuple[_Code, ...]] = (TurntableScanMethod, HighResolution, FastMode, Checkerboard)
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
