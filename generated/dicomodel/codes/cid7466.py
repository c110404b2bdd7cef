"""CID 7466 PET Region of Interest Measurement.

Extensible, version 20141110, UID 1.2.840.10008.6.1.999.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7466
NAME: _Final[str] = "PET Region of Interest Measurement"
KEYWORD: _Final[str | None] = "PETRegionOfInterestMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.999"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20141110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MetabolicVolume: _Final[_Code] = _Code("DCM", "126032", "Metabolic Volume", (7466,))
"""Metabolic Volume (DCM 126032)."""

TotalLesionGlycolysis: _Final[_Code] = _Code("DCM", "126033", "Total Lesion Glycolysis", (7466,))
"""Total Lesion Glycolysis (DCM 126033)."""

Glycolysis: _Final[_Code] = _Code("DCM", "126034", "Glycolysis", (7466,))
"""Glycolysis (DCM 126034)."""

TotalLesionProliferation: _Final[_Code] = _Code(
    "DCM", "126035", "Total Lesion Proliferation", (7466,)
)
"""Total Lesion Proliferation (DCM 126035)."""

ProliferativeActivity: _Final[_Code] = _Code("DCM", "126036", "Proliferative Activity", (7466,))
"""Proliferative Activity (DCM 126036)."""

StandardizedAddedMetabolicActivity: _Final[_Code] = _Code(
    "DCM", "126037", "Standardized Added Metabolic Activity", (7466,)
)
"""Standardized Added Metabolic Activity (DCM 126037)."""

StandardizedAddedMetabolicActivityBackground: _Final[_Code] = _Code(
    "DCM", "126038", "Standardized Added Metabolic Activity Background", (7466,)
)
"""Standardized Added Metabolic Activity Background (DCM 126038)."""

LesionToBackgroundSUVRatio: _Final[_Code] = _Code(
    "DCM", "126039", "Lesion to Background SUV Ratio", (7466,)
)
"""Lesion to Background SUV Ratio (DCM 126039)."""

BackgroundForLesionToBackgroundSUVRatio: _Final[_Code] = _Code(
    "DCM", "126040", "Background for Lesion to Background SUV Ratio", (7466,)
)
"""Background for Lesion to Background SUV Ratio (DCM 126040)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MetabolicVolume,
    TotalLesionGlycolysis,
    Glycolysis,
    TotalLesionProliferation,
    ProliferativeActivity,
    StandardizedAddedMetabolicActivity,
    StandardizedAddedMetabolicActivityBackground,
    LesionToBackgroundSUVRatio,
    BackgroundForLesionToBackgroundSUVRatio,
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
