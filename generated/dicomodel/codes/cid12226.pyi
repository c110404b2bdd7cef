"""CID 12226 Echocardiography Image View.

Extensible, version 20211112, UID 1.2.840.10008.6.1.617.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
ApicalTwoChamber: _Final[_Code]
ApicalFourChamber: _Final[_Code]
ApicalFourChamberRVFocused: _Final[_Code]
ApicalFourChamberRVModified: _Final[_Code]
ApicalLongAxis: _Final[_Code]
ParasternalLongAxis: _Final[_Code]
ParasternalLongAxisViewOfTheRVInflowTract: _Final[_Code]
ParasternalLongAxisViewOfTheRVOutflowTract: _Final[_Code]
ParasternalShortAxis: _Final[_Code]
ParasternalShortAxisAtTheAorticValveLevel: _Final[_Code]
ParasternalShortAxisAtTheLevelOfTheMitralChords: _Final[_Code]
ParasternalShortAxisAtTheMitralValveLevel: _Final[_Code]
ParasternalShortAxisAtThePapillaryMuscleLevel: _Final[_Code]
RightVentricularInflowTractView: _Final[_Code]
RightVentricularOutflowTractView: _Final[_Code]
SubcostalLongAxis: _Final[_Code]
SubcostalShortAxis: _Final[_Code]
SuprasternalLongAxis: _Final[_Code]
SuprasternalShortAxis: _Final[_Code]
TransesophagealShortAxisView: _Final[_Code]
SubcostalViewOfCardiacOutletsDirectedAnteriorly: _Final[_Code]
SubcostalShortAxisViewAtPapillaryMuscleLevel: _Final[_Code]
SubcostalShortAxisViewAtMitralValveLevel: _Final[_Code]
SubcostalShortAxisViewAtAorticValveLevel: _Final[_Code]
SubcostalShortAxisViewAtVenousInflowLevel: _Final[_Code]
SubcostalObliqueCoronalView: _Final[_Code]
SuprasternalCoronalView: _Final[_Code]
SuprasternalSagittalView: _Final[_Code]
SuprasternalLongAxisViewOfAorticArch: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
