"""CID 6142 Calculated Value.

Extensible, version 20240611, UID 1.2.840.10008.6.1.462.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6142
NAME: _Final[str] = "Calculated Value"
KEYWORD: _Final[str | None] = "CalculatedValue"
UID: _Final[str | None] = "1.2.840.10008.6.1.462"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CavityExtentAsPercentOfVolume: _Final[_Code] = _Code(
    "DCM", "112017", "Cavity extent as percent of volume", (6142,)
)
"""Cavity extent as percent of volume (DCM 112017)."""

CalcificationExtentAsPercentOfSurface: _Final[_Code] = _Code(
    "DCM", "112018", "Calcification extent as percent of surface", (6142,)
)
"""Calcification extent as percent of surface (DCM 112018)."""

CalcificationExtentAsPercentOfVolume: _Final[_Code] = _Code(
    "DCM", "112019", "Calcification extent as percent of volume", (6142,)
)
"""Calcification extent as percent of volume (DCM 112019)."""

CoronaryArteryCalciumScore: _Final[_Code] = _Code(
    "SCT", "450360000", "Coronary artery calcium score", (6142,)
)
"""Coronary artery calcium score (SCT 450360000)."""

BreastTissueDensity: _Final[_Code] = _Code("DCM", "112191", "Breast tissue density", (6142,))
"""Breast tissue density (DCM 112191)."""

VolumeOfParenchymalTissue: _Final[_Code] = _Code(
    "DCM", "112192", "Volume of parenchymal tissue", (6142,)
)
"""Volume of parenchymal tissue (DCM 112192)."""

VolumeOfBreast: _Final[_Code] = _Code("DCM", "112193", "Volume of breast", (6142,))
"""Volume of breast (DCM 112193)."""

MassOfParenchymalTissue: _Final[_Code] = _Code(
    "DCM", "112194", "Mass of parenchymal tissue", (6142,)
)
"""Mass of parenchymal tissue (DCM 112194)."""

MassOfBreast: _Final[_Code] = _Code("DCM", "112195", "Mass of breast", (6142,))
"""Mass of breast (DCM 112195)."""

AreaOfVascularCalcification: _Final[_Code] = _Code(
    "DCM", "112196", "Area of Vascular Calcification", (6142,)
)
"""Area of Vascular Calcification (DCM 112196)."""

VolumeOfVascularCalcification: _Final[_Code] = _Code(
    "DCM", "112197", "Volume of Vascular Calcification", (6142,)
)
"""Volume of Vascular Calcification (DCM 112197)."""

PercentageOfVascularCalcification: _Final[_Code] = _Code(
    "DCM", "112198", "Percentage of Vascular Calcification", (6142,)
)
"""Percentage of Vascular Calcification (DCM 112198)."""

MassOfVascularCalcification: _Final[_Code] = _Code(
    "DCM", "112199", "Mass of Vascular Calcification", (6142,)
)
"""Mass of Vascular Calcification (DCM 112199)."""

AverageCalcificationDistanceInACalcificationCluster: _Final[_Code] = _Code(
    "DCM", "112200", "Average calcification distance in a calcification cluster", (6142,)
)
"""Average calcification distance in a calcification cluster (DCM 112200)."""

StandardDeviationDistanceOfCalcificationsInACluster: _Final[_Code] = _Code(
    "DCM", "112201", "Standard deviation distance of calcifications in a cluster", (6142,)
)
"""Standard deviation distance of calcifications in a cluster (DCM 112201)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CavityExtentAsPercentOfVolume,
    CalcificationExtentAsPercentOfSurface,
    CalcificationExtentAsPercentOfVolume,
    CoronaryArteryCalciumScore,
    BreastTissueDensity,
    VolumeOfParenchymalTissue,
    VolumeOfBreast,
    MassOfParenchymalTissue,
    MassOfBreast,
    AreaOfVascularCalcification,
    VolumeOfVascularCalcification,
    PercentageOfVascularCalcification,
    MassOfVascularCalcification,
    AverageCalcificationDistanceInACalcificationCluster,
    StandardDeviationDistanceOfCalcificationsInACluster,
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
