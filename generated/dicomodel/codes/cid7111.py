"""CID 7111 Fiducial.

Extensible, version 20180917, UID 1.2.840.10008.6.1.1133.
Includes CID 3496, CID 3837, CID 7101, CID 7112.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7111
NAME: _Final[str] = "Fiducial"
KEYWORD: _Final[str | None] = "Fiducial"
UID: _Final[str | None] = "1.2.840.10008.6.1.1133"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20180917"
INCLUDES: _Final[tuple[int, ...]] = (3496, 3837, 7101, 7112)
EXTERNAL_SCHEME: _Final[str | None] = None

CollateralBranchOfVessel: _Final[_Code] = _Code(
    "SCT", "397406000", "Collateral Branch of vessel", (3496, 12117)
)
"""Collateral Branch of vessel (SCT 397406000). Included from CID 3496."""

Stent: _Final[_Code] = _Code("SCT", "65818007", "Stent", (8, 1000, 3411, 3496, 3810, 7157))
"""Stent (SCT 65818007). Included from CID 3496."""

VascularCalcification: _Final[_Code] = _Code(
    "SCT", "237897009", "Vascular Calcification", (3495, 3496, 3712)
)
"""Vascular Calcification (SCT 237897009). Included from CID 3496."""

FibrousPlaque: _Final[_Code] = _Code("SCT", "40772000", "Fibrous Plaque", (3495, 3496))
"""Fibrous Plaque (SCT 40772000). Included from CID 3496."""

Vein: _Final[_Code] = _Code("SCT", "29092000", "Vein", (4, 3010, 3496, 3607, 7166))
"""Vein (SCT 29092000). Included from CID 3496."""

VesselOrigin: _Final[_Code] = _Code("SCT", "397421006", "Vessel Origin", (3496, 12116))
"""Vessel Origin (SCT 397421006). Included from CID 3496."""

Ostium: _Final[_Code] = _Code("SCT", "264114003", "Ostium", (3019, 3837))
"""Ostium (SCT 264114003). Included from CID 3837."""

RenalArtery: _Final[_Code] = _Code(
    "SCT", "2841007", "Renal Artery", (3010, 3606, 3837, 4030, 12115)
)
"""Renal Artery (SCT 2841007). Included from CID 3837."""

AorticBifurcation: _Final[_Code] = _Code("SCT", "73166001", "Aortic Bifurcation", (3837,))
"""Aortic Bifurcation (SCT 73166001). Included from CID 3837."""

CommonIliacBifurcation: _Final[_Code] = _Code(
    "SCT", "413896006", "Common Iliac Bifurcation", (1005, 3837, 12109)
)
"""Common Iliac Bifurcation (SCT 413896006). Included from CID 3837."""

InterHemisphericPlane: _Final[_Code] = _Code("DCM", "125030", "Inter-Hemispheric Plane", (7101,))
"""Inter-Hemispheric Plane (DCM 125030). Included from CID 7101."""

AnteriorCommissure: _Final[_Code] = _Code("SCT", "62872008", "Anterior Commissure", (7101, 7705))
"""Anterior Commissure (SCT 62872008). Included from CID 7101."""

PosteriorCommissure: _Final[_Code] = _Code(
    "SCT", "279336005", "Posterior Commissure", (7101, 7153, 7705)
)
"""Posterior Commissure (SCT 279336005). Included from CID 7101."""

RightHemisphereMostAnterior: _Final[_Code] = _Code(
    "DCM", "125031", "Right Hemisphere Most Anterior", (7101,)
)
"""Right Hemisphere Most Anterior (DCM 125031). Included from CID 7101."""

RightHemisphereMostPosterior: _Final[_Code] = _Code(
    "DCM", "125032", "Right Hemisphere Most Posterior", (7101,)
)
"""Right Hemisphere Most Posterior (DCM 125032). Included from CID 7101."""

RightHemisphereMostSuperior: _Final[_Code] = _Code(
    "DCM", "125033", "Right Hemisphere Most Superior", (7101,)
)
"""Right Hemisphere Most Superior (DCM 125033). Included from CID 7101."""

RightHemisphereMostInferior: _Final[_Code] = _Code(
    "DCM", "125034", "Right Hemisphere Most Inferior", (7101,)
)
"""Right Hemisphere Most Inferior (DCM 125034). Included from CID 7101."""

LeftHemisphereMostAnterior: _Final[_Code] = _Code(
    "DCM", "125035", "Left Hemisphere Most Anterior", (7101,)
)
"""Left Hemisphere Most Anterior (DCM 125035). Included from CID 7101."""

LeftHemisphereMostPosterior: _Final[_Code] = _Code(
    "DCM", "125036", "Left Hemisphere Most Posterior", (7101,)
)
"""Left Hemisphere Most Posterior (DCM 125036). Included from CID 7101."""

LeftHemisphereMostSuperior: _Final[_Code] = _Code(
    "DCM", "125037", "Left Hemisphere Most Superior", (7101,)
)
"""Left Hemisphere Most Superior (DCM 125037). Included from CID 7101."""

LeftHemisphereMostInferior: _Final[_Code] = _Code(
    "DCM", "125038", "Left Hemisphere Most Inferior", (7101,)
)
"""Left Hemisphere Most Inferior (DCM 125038). Included from CID 7101."""

CoilMarker: _Final[_Code] = _Code("DCM", "129301", "Coil Marker", (7112,))
"""Coil Marker (DCM 129301). Included from CID 7112."""

Sphere: _Final[_Code] = _Code("DCM", "122485", "Sphere", (8, 3451, 7112))
"""Sphere (DCM 122485). Included from CID 7112."""

CylinderMarker: _Final[_Code] = _Code("DCM", "129303", "Cylinder Marker", (7112,))
"""Cylinder Marker (DCM 129303). Included from CID 7112."""

BBShotLeadPellet: _Final[_Code] = _Code("SCT", "102378009", "BB Shot (Lead Pellet)", (6401, 7112))
"""BB Shot (Lead Pellet) (SCT 102378009). Included from CID 7112."""

WireMarker: _Final[_Code] = _Code("DCM", "129305", "Wire Marker", (7112,))
"""Wire Marker (DCM 129305). Included from CID 7112."""

TransponderMarker: _Final[_Code] = _Code("DCM", "129306", "Transponder Marker", (7112,))
"""Transponder Marker (DCM 129306). Included from CID 7112."""

RadioactiveImplant: _Final[_Code] = _Code("SCT", "19443004", "Radioactive implant", (7112, 7157))
"""Radioactive implant (SCT 19443004). Included from CID 7112."""

MRMarker: _Final[_Code] = _Code("DCM", "129308", "MR Marker", (7112,))
"""MR Marker (DCM 129308). Included from CID 7112."""

InfraredReflectorMarker: _Final[_Code] = _Code(
    "DCM", "129309", "Infrared Reflector Marker", (7112,)
)
"""Infrared Reflector Marker (DCM 129309). Included from CID 7112."""

VisibleReflectorMarker: _Final[_Code] = _Code("DCM", "129310", "Visible Reflector Marker", (7112,))
"""Visible Reflector Marker (DCM 129310). Included from CID 7112."""

Clip: _Final[_Code] = _Code("SCT", "77720000", "Clip", (6401, 7112))
"""Clip (SCT 77720000). Included from CID 7112."""

Catheter: _Final[_Code] = _Code(
    "SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112)
)
"""Catheter (SCT 19923001). Included from CID 7112."""

ContrastMedia: _Final[_Code] = _Code("SCT", "385420005", "Contrast media", (6201, 7112))
"""Contrast media (SCT 385420005). Included from CID 7112."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CollateralBranchOfVessel,
    Stent,
    VascularCalcification,
    FibrousPlaque,
    Vein,
    VesselOrigin,
    Ostium,
    RenalArtery,
    AorticBifurcation,
    CommonIliacBifurcation,
    InterHemisphericPlane,
    AnteriorCommissure,
    PosteriorCommissure,
    RightHemisphereMostAnterior,
    RightHemisphereMostPosterior,
    RightHemisphereMostSuperior,
    RightHemisphereMostInferior,
    LeftHemisphereMostAnterior,
    LeftHemisphereMostPosterior,
    LeftHemisphereMostSuperior,
    LeftHemisphereMostInferior,
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
