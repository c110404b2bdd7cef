"""CID 7112 Radiotherapy Fiducial.

Extensible, version 20180917, UID 1.2.840.10008.6.1.1207.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7112
NAME: Final[str] = "Radiotherapy Fiducial"
KEYWORD: Final[str | None] = "RadiotherapyFiducial"
UID: Final[str | None] = "1.2.840.10008.6.1.1207"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20180917"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CoilMarker: Final[Code] = Code("DCM", "129301", "Coil Marker", (7112,))
"""Coil Marker (DCM 129301)."""

Sphere: Final[Code] = Code("DCM", "122485", "Sphere", (8, 3451, 7112))
"""Sphere (DCM 122485)."""

CylinderMarker: Final[Code] = Code("DCM", "129303", "Cylinder Marker", (7112,))
"""Cylinder Marker (DCM 129303)."""

BBShotLeadPellet: Final[Code] = Code("SCT", "102378009", "BB Shot (Lead Pellet)", (6401, 7112))
"""BB Shot (Lead Pellet) (SCT 102378009)."""

WireMarker: Final[Code] = Code("DCM", "129305", "Wire Marker", (7112,))
"""Wire Marker (DCM 129305)."""

TransponderMarker: Final[Code] = Code("DCM", "129306", "Transponder Marker", (7112,))
"""Transponder Marker (DCM 129306)."""

RadioactiveImplant: Final[Code] = Code("SCT", "19443004", "Radioactive implant", (7112, 7157))
"""Radioactive implant (SCT 19443004)."""

MRMarker: Final[Code] = Code("DCM", "129308", "MR Marker", (7112,))
"""MR Marker (DCM 129308)."""

InfraredReflectorMarker: Final[Code] = Code("DCM", "129309", "Infrared Reflector Marker", (7112,))
"""Infrared Reflector Marker (DCM 129309)."""

VisibleReflectorMarker: Final[Code] = Code("DCM", "129310", "Visible Reflector Marker", (7112,))
"""Visible Reflector Marker (DCM 129310)."""

Clip: Final[Code] = Code("SCT", "77720000", "Clip", (6401, 7112))
"""Clip (SCT 77720000)."""

Catheter: Final[Code] = Code("SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112))
"""Catheter (SCT 19923001)."""

ContrastMedia: Final[Code] = Code("SCT", "385420005", "Contrast media", (6201, 7112))
"""Contrast media (SCT 385420005)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
