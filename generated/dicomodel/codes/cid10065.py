"""CID 10065 Radiation Transport Model Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1159.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10065
NAME: Final[str] = "Radiation Transport Model Type"
KEYWORD: Final[str | None] = "RadiationTransportModelType"
UID: Final[str | None] = "1.2.840.10008.6.1.1159"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170405"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

GeometricRadiationTransportModel: Final[Code] = Code(
    "DCM", "128421", "Geometric Radiation Transport Model", (10065,)
)
"""Geometric Radiation Transport Model (DCM 128421)."""

VoxelizedRadiationTransportModel: Final[Code] = Code(
    "DCM", "128422", "Voxelized Radiation Transport Model", (10065,)
)
"""Voxelized Radiation Transport Model (DCM 128422)."""

MeshRadiationTransportModel: Final[Code] = Code(
    "DCM", "128423", "Mesh Radiation Transport Model", (10065,)
)
"""Mesh Radiation Transport Model (DCM 128423)."""

NURBSRadiationTransportModel: Final[Code] = Code(
    "DCM", "128424", "NURBS Radiation Transport Model", (10065,)
)
"""NURBS Radiation Transport Model (DCM 128424)."""

MeasuredRadiationDose: Final[Code] = Code("DCM", "128497", "Measured Radiation Dose", (10065,))
"""Measured Radiation Dose (DCM 128497)."""

BREPRadiationTransportModel: Final[Code] = Code(
    "DCM", "128406", "BREP Radiation Transport Model", (10065,)
)
"""BREP Radiation Transport Model (DCM 128406)."""

MEMBERS: Final[tuple[Code, ...]] = (
    GeometricRadiationTransportModel,
    VoxelizedRadiationTransportModel,
    MeshRadiationTransportModel,
    NURBSRadiationTransportModel,
    MeasuredRadiationDose,
    BREPRadiationTransportModel,
)
"""The resolved membership: own members, then those of the included groups, in order."""
