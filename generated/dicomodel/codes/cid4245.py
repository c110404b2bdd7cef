"""CID 4245 Wide Field Ophthalmic Photography Transformation Method.

Extensible, version 20150326, UID 1.2.840.10008.6.1.1029.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4245
NAME: _Final[str] = "Wide Field Ophthalmic Photography Transformation Method"
KEYWORD: _Final[str | None] = "WideFieldOphthalmicPhotographyTransformationMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.1029"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20150326"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SphericalProjection: _Final[_Code] = _Code("DCM", "111791", "Spherical projection", (4245,))
"""Spherical projection (DCM 111791)."""

SurfaceContourMapping: _Final[_Code] = _Code("DCM", "111792", "Surface contour mapping", (4245,))
"""Surface contour mapping (DCM 111792)."""

MEMBERS: _Final[tuple[_Code, ...]] = (SphericalProjection, SurfaceContourMapping)
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
