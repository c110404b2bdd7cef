"""CID 12226 Echocardiography Image View.

Extensible, version 20211112, UID 1.2.840.10008.6.1.617.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12226
NAME: _Final[str] = "Echocardiography Image View"
KEYWORD: _Final[str | None] = "EchocardiographyImageView"
UID: _Final[str | None] = "1.2.840.10008.6.1.617"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20211112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ApicalTwoChamber: _Final[_Code] = _Code("SCT", "399232001", "Apical two chamber", (6, 12226))
"""Apical two chamber (SCT 399232001)."""

ApicalFourChamber: _Final[_Code] = _Code("SCT", "399214001", "Apical four chamber", (6, 12226))
"""Apical four chamber (SCT 399214001)."""

ApicalFourChamberRVFocused: _Final[_Code] = _Code(
    "DCM", "130681", "Apical four chamber RV Focused", (12226,)
)
"""Apical four chamber RV Focused (DCM 130681)."""

ApicalFourChamberRVModified: _Final[_Code] = _Code(
    "DCM", "130682", "Apical four chamber RV Modified", (12226,)
)
"""Apical four chamber RV Modified (DCM 130682)."""

ApicalLongAxis: _Final[_Code] = _Code("SCT", "399339008", "Apical long axis", (12226,))
"""Apical long axis (SCT 399339008)."""

ParasternalLongAxis: _Final[_Code] = _Code("SCT", "399139001", "Parasternal long axis", (12226,))
"""Parasternal long axis (SCT 399139001)."""

ParasternalLongAxisViewOfTheRVInflowTract: _Final[_Code] = _Code(
    "SCT", "443082005", "Parasternal long axis view of the RV inflow tract", (12226,)
)
"""Parasternal long axis view of the RV inflow tract (SCT 443082005)."""

ParasternalLongAxisViewOfTheRVOutflowTract: _Final[_Code] = _Code(
    "SCT", "443083000", "Parasternal long axis view of the RV outflow tract", (12226,)
)
"""Parasternal long axis view of the RV outflow tract (SCT 443083000)."""

ParasternalShortAxis: _Final[_Code] = _Code("SCT", "399306005", "Parasternal short axis", (12226,))
"""Parasternal short axis (SCT 399306005)."""

ParasternalShortAxisAtTheAorticValveLevel: _Final[_Code] = _Code(
    "SCT", "399239005", "Parasternal short axis at the aortic valve level", (12226,)
)
"""Parasternal short axis at the aortic valve level (SCT 399239005)."""

ParasternalShortAxisAtTheLevelOfTheMitralChords: _Final[_Code] = _Code(
    "SCT", "399371001", "Parasternal short axis at the level of the mitral chords", (12226,)
)
"""Parasternal short axis at the level of the mitral chords (SCT 399371001)."""

ParasternalShortAxisAtTheMitralValveLevel: _Final[_Code] = _Code(
    "SCT", "399036006", "Parasternal short axis at the Mitral Valve level", (12226,)
)
"""Parasternal short axis at the Mitral Valve level (SCT 399036006)."""

ParasternalShortAxisAtThePapillaryMuscleLevel: _Final[_Code] = _Code(
    "SCT", "399271003", "Parasternal short axis at the Papillary Muscle level", (12226,)
)
"""Parasternal short axis at the Papillary Muscle level (SCT 399271003)."""

RightVentricularInflowTractView: _Final[_Code] = _Code(
    "SCT", "398998003", "Right Ventricular Inflow Tract View", (12226,)
)
"""Right Ventricular Inflow Tract View (SCT 398998003)."""

RightVentricularOutflowTractView: _Final[_Code] = _Code(
    "SCT", "399195005", "Right Ventricular Outflow Tract View", (12226,)
)
"""Right Ventricular Outflow Tract View (SCT 399195005)."""

SubcostalLongAxis: _Final[_Code] = _Code("SCT", "399310008", "Subcostal long axis", (12226,))
"""Subcostal long axis (SCT 399310008)."""

SubcostalShortAxis: _Final[_Code] = _Code("SCT", "399200001", "Subcostal short axis", (12226,))
"""Subcostal short axis (SCT 399200001)."""

SuprasternalLongAxis: _Final[_Code] = _Code("SCT", "399106004", "Suprasternal long axis", (12226,))
"""Suprasternal long axis (SCT 399106004)."""

SuprasternalShortAxis: _Final[_Code] = _Code(
    "SCT", "399145009", "Suprasternal short axis", (12226,)
)
"""Suprasternal short axis (SCT 399145009)."""

TransesophagealShortAxisView: _Final[_Code] = _Code(
    "SCT", "443698002", "Transesophageal short axis view", (12226,)
)
"""Transesophageal short axis view (SCT 443698002)."""

SubcostalViewOfCardiacOutletsDirectedAnteriorly: _Final[_Code] = _Code(
    "SCT", "443100003", "Subcostal view of cardiac outlets directed anteriorly", (12226,)
)
"""Subcostal view of cardiac outlets directed anteriorly (SCT 443100003)."""

SubcostalShortAxisViewAtPapillaryMuscleLevel: _Final[_Code] = _Code(
    "SCT", "443160001", "Subcostal short axis view at papillary muscle level", (12226,)
)
"""Subcostal short axis view at papillary muscle level (SCT 443160001)."""

SubcostalShortAxisViewAtMitralValveLevel: _Final[_Code] = _Code(
    "SCT", "443499004", "Subcostal short axis view at mitral valve level", (12226,)
)
"""Subcostal short axis view at mitral valve level (SCT 443499004)."""

SubcostalShortAxisViewAtAorticValveLevel: _Final[_Code] = _Code(
    "SCT", "443609003", "Subcostal short axis view at aortic valve level", (12226,)
)
"""Subcostal short axis view at aortic valve level (SCT 443609003)."""

SubcostalShortAxisViewAtVenousInflowLevel: _Final[_Code] = _Code(
    "SCT", "443500008", "Subcostal short axis view at venous inflow level", (12226,)
)
"""Subcostal short axis view at venous inflow level (SCT 443500008)."""

SubcostalObliqueCoronalView: _Final[_Code] = _Code(
    "SCT", "443640005", "Subcostal oblique coronal view", (12226,)
)
"""Subcostal oblique coronal view (SCT 443640005)."""

SuprasternalCoronalView: _Final[_Code] = _Code(
    "SCT", "443162009", "Suprasternal coronal view", (12226,)
)
"""Suprasternal coronal view (SCT 443162009)."""

SuprasternalSagittalView: _Final[_Code] = _Code(
    "SCT", "443163004", "Suprasternal sagittal view", (12226,)
)
"""Suprasternal sagittal view (SCT 443163004)."""

SuprasternalLongAxisViewOfAorticArch: _Final[_Code] = _Code(
    "SCT", "443562002", "Suprasternal long axis view of aortic arch", (12226,)
)
"""Suprasternal long axis view of aortic arch (SCT 443562002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ApicalTwoChamber,
    ApicalFourChamber,
    ApicalFourChamberRVFocused,
    ApicalFourChamberRVModified,
    ApicalLongAxis,
    ParasternalLongAxis,
    ParasternalLongAxisViewOfTheRVInflowTract,
    ParasternalLongAxisViewOfTheRVOutflowTract,
    ParasternalShortAxis,
    ParasternalShortAxisAtTheAorticValveLevel,
    ParasternalShortAxisAtTheLevelOfTheMitralChords,
    ParasternalShortAxisAtTheMitralValveLevel,
    ParasternalShortAxisAtThePapillaryMuscleLevel,
    RightVentricularInflowTractView,
    RightVentricularOutflowTractView,
    SubcostalLongAxis,
    SubcostalShortAxis,
    SuprasternalLongAxis,
    SuprasternalShortAxis,
    TransesophagealShortAxisView,
    SubcostalViewOfCardiacOutletsDirectedAnteriorly,
    SubcostalShortAxisViewAtPapillaryMuscleLevel,
    SubcostalShortAxisViewAtMitralValveLevel,
    SubcostalShortAxisViewAtAorticValveLevel,
    SubcostalShortAxisViewAtVenousInflowLevel,
    SubcostalObliqueCoronalView,
    SuprasternalCoronalView,
    SuprasternalSagittalView,
    SuprasternalLongAxisViewOfAorticArch,
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
