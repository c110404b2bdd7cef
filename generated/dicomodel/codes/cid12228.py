"""CID 12228 Echocardiography Volume Method.

Extensible, version 20100317, UID 1.2.840.10008.6.1.619.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12228
NAME: _Final[str] = "Echocardiography Volume Method"
KEYWORD: _Final[str | None] = "EchocardiographyVolumeMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.619"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AreaLengthBiplane: _Final[_Code] = _Code("DCM", "125204", "Area-Length Biplane", (12228,))
"""Area-Length Biplane (DCM 125204)."""

AreaLengthSinglePlane: _Final[_Code] = _Code("DCM", "125205", "Area-Length Single Plane", (12228,))
"""Area-Length Single Plane (DCM 125205)."""

BiplaneEllipse: _Final[_Code] = _Code("DCM", "125211", "Biplane Ellipse", (12228,))
"""Biplane Ellipse (DCM 125211)."""

SinglePlaneEllipse: _Final[_Code] = _Code("DCM", "125226", "Single Plane Ellipse", (12228,))
"""Single Plane Ellipse (DCM 125226)."""

CubeMethod: _Final[_Code] = _Code("DCM", "125206", "Cube Method", (12228,))
"""Cube Method (DCM 125206)."""

MethodOfDisksBiplane: _Final[_Code] = _Code("DCM", "125207", "Method of Disks, Biplane", (12228,))
"""Method of Disks, Biplane (DCM 125207)."""

MethodOfDisksSinglePlane: _Final[_Code] = _Code(
    "DCM", "125208", "Method of Disks, Single Plane", (12228,)
)
"""Method of Disks, Single Plane (DCM 125208)."""

Teichholz: _Final[_Code] = _Code("DCM", "125209", "Teichholz", (12228,))
"""Teichholz (DCM 125209)."""

ModifiedSimpson: _Final[_Code] = _Code("DCM", "125227", "Modified Simpson", (12228,))
"""Modified Simpson (DCM 125227)."""

BulletMethod: _Final[_Code] = _Code("DCM", "125228", "Bullet Method", (12228,))
"""Bullet Method (DCM 125228)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AreaLengthBiplane,
    AreaLengthSinglePlane,
    BiplaneEllipse,
    SinglePlaneEllipse,
    CubeMethod,
    MethodOfDisksBiplane,
    MethodOfDisksSinglePlane,
    Teichholz,
    ModifiedSimpson,
    BulletMethod,
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
