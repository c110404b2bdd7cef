"""CID 4245 Wide Field Ophthalmic Photography Transformation Method.

Extensible, version 20150326, UID 1.2.840.10008.6.1.1029.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4245
NAME: Final[str] = "Wide Field Ophthalmic Photography Transformation Method"
KEYWORD: Final[str | None] = "WideFieldOphthalmicPhotographyTransformationMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.1029"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20150326"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SphericalProjection: Final[Code] = Code("DCM", "111791", "Spherical projection", (4245,))
"""Spherical projection (DCM 111791)."""

SurfaceContourMapping: Final[Code] = Code("DCM", "111792", "Surface contour mapping", (4245,))
"""Surface contour mapping (DCM 111792)."""

MEMBERS: Final[tuple[Code, ...]] = (SphericalProjection, SurfaceContourMapping)
"""The resolved membership: own members, then those of the included groups, in order."""
