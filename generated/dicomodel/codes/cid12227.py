"""CID 12227 Echocardiography Measurement Method.

Extensible, version 20211112, UID 1.2.840.10008.6.1.618.
Includes CID 12228, CID 12229, CID 12230, CID 12231, CID 12232, CID 12310.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12227
NAME: _Final[str] = "Echocardiography Measurement Method"
KEYWORD: _Final[str | None] = "EchocardiographyMeasurementMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.618"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20211112"
INCLUDES: _Final[tuple[int, ...]] = (12228, 12229, 12230, 12231, 12232, 12310)
EXTERNAL_SCHEME: _Final[str | None] = None

DirectlyMeasured: _Final[_Code] = _Code("DCM", "125316", "Directly measured", (12227, 12303))
"""Directly measured (DCM 125316)."""

AreaLengthBiplane: _Final[_Code] = _Code("DCM", "125204", "Area-Length Biplane", (12228,))
"""Area-Length Biplane (DCM 125204). Included from CID 12228."""

AreaLengthSinglePlane: _Final[_Code] = _Code("DCM", "125205", "Area-Length Single Plane", (12228,))
"""Area-Length Single Plane (DCM 125205). Included from CID 12228."""

BiplaneEllipse: _Final[_Code] = _Code("DCM", "125211", "Biplane Ellipse", (12228,))
"""Biplane Ellipse (DCM 125211). Included from CID 12228."""

SinglePlaneEllipse: _Final[_Code] = _Code("DCM", "125226", "Single Plane Ellipse", (12228,))
"""Single Plane Ellipse (DCM 125226). Included from CID 12228."""

CubeMethod: _Final[_Code] = _Code("DCM", "125206", "Cube Method", (12228,))
"""Cube Method (DCM 125206). Included from CID 12228."""

MethodOfDisksBiplane: _Final[_Code] = _Code("DCM", "125207", "Method of Disks, Biplane", (12228,))
"""Method of Disks, Biplane (DCM 125207). Included from CID 12228."""

MethodOfDisksSinglePlane: _Final[_Code] = _Code(
    "DCM", "125208", "Method of Disks, Single Plane", (12228,)
)
"""Method of Disks, Single Plane (DCM 125208). Included from CID 12228."""

Teichholz: _Final[_Code] = _Code("DCM", "125209", "Teichholz", (12228,))
"""Teichholz (DCM 125209). Included from CID 12228."""

ModifiedSimpson: _Final[_Code] = _Code("DCM", "125227", "Modified Simpson", (12228,))
"""Modified Simpson (DCM 125227). Included from CID 12228."""

BulletMethod: _Final[_Code] = _Code("DCM", "125228", "Bullet Method", (12228,))
"""Bullet Method (DCM 125228). Included from CID 12228."""

AreaByPressureHalfTime: _Final[_Code] = _Code(
    "DCM", "125210", "Area by Pressure Half-Time", (12229,)
)
"""Area by Pressure Half-Time (DCM 125210). Included from CID 12229."""

ContinuityEquation: _Final[_Code] = _Code("DCM", "125212", "Continuity Equation", (12229,))
"""Continuity Equation (DCM 125212). Included from CID 12229."""

ContinuityEquationByMeanVelocity: _Final[_Code] = _Code(
    "DCM", "125213", "Continuity Equation by Mean Velocity", (12229,)
)
"""Continuity Equation by Mean Velocity (DCM 125213). Included from CID 12229."""

ContinuityEquationByPeakVelocity: _Final[_Code] = _Code(
    "DCM", "125214", "Continuity Equation by Peak Velocity", (12229,)
)
"""Continuity Equation by Peak Velocity (DCM 125214). Included from CID 12229."""

ContinuityEquationByVelocityTimeIntegral: _Final[_Code] = _Code(
    "DCM", "125215", "Continuity Equation by Velocity Time Integral", (12229,)
)
"""Continuity Equation by Velocity Time Integral (DCM 125215). Included from CID 12229."""

ProximalIsovelocitySurfaceArea: _Final[_Code] = _Code(
    "DCM", "125216", "Proximal Isovelocity Surface Area", (12229, 12231)
)
"""Proximal Isovelocity Surface Area (DCM 125216). Included from CID 12229."""

Planimetry: _Final[_Code] = _Code("DCM", "125220", "Planimetry", (12229,))
"""Planimetry (DCM 125220). Included from CID 12229."""

FullBernoulli: _Final[_Code] = _Code("DCM", "125217", "Full Bernoulli", (12230,))
"""Full Bernoulli (DCM 125217). Included from CID 12230."""

SimplifiedBernoulli: _Final[_Code] = _Code("DCM", "125218", "Simplified Bernoulli", (12230,))
"""Simplified Bernoulli (DCM 125218). Included from CID 12230."""

DopplerVolumeFlow: _Final[_Code] = _Code("DCM", "125219", "Doppler Volume Flow", (12231,))
"""Doppler Volume Flow (DCM 125219). Included from CID 12231."""

LeftVentricleMassByMMode: _Final[_Code] = _Code(
    "DCM", "125221", "Left Ventricle Mass by M-mode", (12232,)
)
"""Left Ventricle Mass by M-mode (DCM 125221). Included from CID 12232."""

LeftVentricleMassByTruncatedEllipse: _Final[_Code] = _Code(
    "DCM", "125222", "Left Ventricle Mass by Truncated Ellipse", (12232,)
)
"""Left Ventricle Mass by Truncated Ellipse (DCM 125222). Included from CID 12232."""

LeftVentricleMassByAreaLength: _Final[_Code] = _Code(
    "DCM", "125270", "Left Ventricle Mass by Area Length", (12232,)
)
"""Left Ventricle Mass by Area Length (DCM 125270). Included from CID 12232."""

LeftVentricleMassByMModeAdjustedByHeight: _Final[_Code] = _Code(
    "DCM", "125271", "Left Ventricle Mass by M-mode - adjusted by Height", (12232,)
)
"""Left Ventricle Mass by M-mode - adjusted by Height (DCM 125271). Included from CID 12232."""

LeftVentricleMassByTruncatedEllipseAdjustedByHeight: _Final[_Code] = _Code(
    "DCM", "125272", "Left Ventricle Mass by Truncated Ellipse - adjusted by Height", (12232,)
)
"""Left Ventricle Mass by Truncated Ellipse - adjusted by Height (DCM 125272). Included from CID 12232."""

LeftVentricleMassByAreaLengthAdjustedByHeight: _Final[_Code] = _Code(
    "DCM", "125273", "Left Ventricle Mass by Area Length - adjusted by Height", (12232,)
)
"""Left Ventricle Mass by Area Length - adjusted by Height (DCM 125273). Included from CID 12232."""

EndocardialMethod: _Final[_Code] = _Code("DCM", "130683", "Endocardial Method", (12310,))
"""Endocardial Method (DCM 130683). Included from CID 12310."""

EpicardialMethod: _Final[_Code] = _Code("DCM", "130684", "Epicardial Method", (12310,))
"""Epicardial Method (DCM 130684). Included from CID 12310."""

MyocardialMidlayerMethod: _Final[_Code] = _Code(
    "DCM", "130685", "Myocardial Midlayer Method", (12310,)
)
"""Myocardial Midlayer Method (DCM 130685). Included from CID 12310."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DirectlyMeasured,
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
    AreaByPressureHalfTime,
    ContinuityEquation,
    ContinuityEquationByMeanVelocity,
    ContinuityEquationByPeakVelocity,
    ContinuityEquationByVelocityTimeIntegral,
    ProximalIsovelocitySurfaceArea,
    Planimetry,
    FullBernoulli,
    SimplifiedBernoulli,
    DopplerVolumeFlow,
    LeftVentricleMassByMMode,
    LeftVentricleMassByTruncatedEllipse,
    LeftVentricleMassByAreaLength,
    LeftVentricleMassByMModeAdjustedByHeight,
    LeftVentricleMassByTruncatedEllipseAdjustedByHeight,
    LeftVentricleMassByAreaLengthAdjustedByHeight,
    EndocardialMethod,
    EpicardialMethod,
    MyocardialMidlayerMethod,
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
