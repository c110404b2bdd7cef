"""CID 10065 Radiation Transport Model Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1159.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10065
NAME: _Final[str] = "Radiation Transport Model Type"
KEYWORD: _Final[str | None] = "RadiationTransportModelType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1159"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170405"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

GeometricRadiationTransportModel: _Final[_Code] = _Code(
    "DCM", "128421", "Geometric Radiation Transport Model", (10065,)
)
"""Geometric Radiation Transport Model (DCM 128421)."""

VoxelizedRadiationTransportModel: _Final[_Code] = _Code(
    "DCM", "128422", "Voxelized Radiation Transport Model", (10065,)
)
"""Voxelized Radiation Transport Model (DCM 128422)."""

MeshRadiationTransportModel: _Final[_Code] = _Code(
    "DCM", "128423", "Mesh Radiation Transport Model", (10065,)
)
"""Mesh Radiation Transport Model (DCM 128423)."""

NURBSRadiationTransportModel: _Final[_Code] = _Code(
    "DCM", "128424", "NURBS Radiation Transport Model", (10065,)
)
"""NURBS Radiation Transport Model (DCM 128424)."""

MeasuredRadiationDose: _Final[_Code] = _Code("DCM", "128497", "Measured Radiation Dose", (10065,))
"""Measured Radiation Dose (DCM 128497)."""

BREPRadiationTransportModel: _Final[_Code] = _Code(
    "DCM", "128406", "BREP Radiation Transport Model", (10065,)
)
"""BREP Radiation Transport Model (DCM 128406)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    GeometricRadiationTransportModel,
    VoxelizedRadiationTransportModel,
    MeshRadiationTransportModel,
    NURBSRadiationTransportModel,
    MeasuredRadiationDose,
    BREPRadiationTransportModel,
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
