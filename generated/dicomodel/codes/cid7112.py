"""CID 7112 Radiotherapy Fiducial.

Extensible, version 20180917, UID 1.2.840.10008.6.1.1207.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7112
NAME: _Final[str] = "Radiotherapy Fiducial"
KEYWORD: _Final[str | None] = "RadiotherapyFiducial"
UID: _Final[str | None] = "1.2.840.10008.6.1.1207"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20180917"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CoilMarker: _Final[_Code] = _Code("DCM", "129301", "Coil Marker", (7112,))
"""Coil Marker (DCM 129301)."""

Sphere: _Final[_Code] = _Code("DCM", "122485", "Sphere", (8, 3451, 7112))
"""Sphere (DCM 122485)."""

CylinderMarker: _Final[_Code] = _Code("DCM", "129303", "Cylinder Marker", (7112,))
"""Cylinder Marker (DCM 129303)."""

BBShotLeadPellet: _Final[_Code] = _Code("SCT", "102378009", "BB Shot (Lead Pellet)", (6401, 7112))
"""BB Shot (Lead Pellet) (SCT 102378009)."""

WireMarker: _Final[_Code] = _Code("DCM", "129305", "Wire Marker", (7112,))
"""Wire Marker (DCM 129305)."""

TransponderMarker: _Final[_Code] = _Code("DCM", "129306", "Transponder Marker", (7112,))
"""Transponder Marker (DCM 129306)."""

RadioactiveImplant: _Final[_Code] = _Code("SCT", "19443004", "Radioactive implant", (7112, 7157))
"""Radioactive implant (SCT 19443004)."""

MRMarker: _Final[_Code] = _Code("DCM", "129308", "MR Marker", (7112,))
"""MR Marker (DCM 129308)."""

InfraredReflectorMarker: _Final[_Code] = _Code(
    "DCM", "129309", "Infrared Reflector Marker", (7112,)
)
"""Infrared Reflector Marker (DCM 129309)."""

VisibleReflectorMarker: _Final[_Code] = _Code("DCM", "129310", "Visible Reflector Marker", (7112,))
"""Visible Reflector Marker (DCM 129310)."""

Clip: _Final[_Code] = _Code("SCT", "77720000", "Clip", (6401, 7112))
"""Clip (SCT 77720000)."""

Catheter: _Final[_Code] = _Code(
    "SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112)
)
"""Catheter (SCT 19923001)."""

ContrastMedia: _Final[_Code] = _Code("SCT", "385420005", "Contrast media", (6201, 7112))
"""Contrast media (SCT 385420005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CoilMarker,
    Sphere,
    CylinderMarker,
    BBShotLeadPellet,
    WireMarker,
    TransponderMarker,
    RadioactiveImplant,
    MRMarker,
    InfraredReflectorMarker,
    VisibleReflectorMarker,
    Clip,
    Catheter,
    ContrastMedia,
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
