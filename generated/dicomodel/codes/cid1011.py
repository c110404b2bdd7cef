"""CID 1011 Reference Geometry - Point.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1129.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 1011
NAME: Final[str] = "Reference Geometry - Point"
KEYWORD: Final[str | None] = "ReferenceGeometryPoint"
UID: Final[str | None] = "1.2.840.10008.6.1.1129"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160905"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

GeometricCenterpoint: Final[Code] = Code("DCM", "128137", "Geometric Centerpoint", (219, 1011))
"""Geometric Centerpoint (DCM 128137)."""

CenterOfMass: Final[Code] = Code("DCM", "128138", "Center of Mass", (219, 1011))
"""Center of Mass (DCM 128138)."""

MEMBERS: Final[tuple[Code, ...]] = (GeometricCenterpoint, CenterOfMass)
"""The resolved membership: own members, then those of the included groups, in order."""
