"""CID 12226 Echocardiography Image View.

Extensible, version 20211112, UID 1.2.840.10008.6.1.617.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ApicalTwoChamber: _Final[_groups.Cid12226Code]
ApicalFourChamber: _Final[_groups.Cid12226Code]
ApicalFourChamberRVFocused: _Final[_groups.Cid12226Code]
ApicalFourChamberRVModified: _Final[_groups.Cid12226Code]
ApicalLongAxis: _Final[_groups.Cid12226Code]
ParasternalLongAxis: _Final[_groups.Cid12226Code]
ParasternalLongAxisViewOfTheRVInflowTract: _Final[_groups.Cid12226Code]
ParasternalLongAxisViewOfTheRVOutflowTract: _Final[_groups.Cid12226Code]
ParasternalShortAxis: _Final[_groups.Cid12226Code]
ParasternalShortAxisAtTheAorticValveLevel: _Final[_groups.Cid12226Code]
ParasternalShortAxisAtTheLevelOfTheMitralChords: _Final[_groups.Cid12226Code]
ParasternalShortAxisAtTheMitralValveLevel: _Final[_groups.Cid12226Code]
ParasternalShortAxisAtThePapillaryMuscleLevel: _Final[_groups.Cid12226Code]
RightVentricularInflowTractView: _Final[_groups.Cid12226Code]
RightVentricularOutflowTractView: _Final[_groups.Cid12226Code]
SubcostalLongAxis: _Final[_groups.Cid12226Code]
SubcostalShortAxis: _Final[_groups.Cid12226Code]
SuprasternalLongAxis: _Final[_groups.Cid12226Code]
SuprasternalShortAxis: _Final[_groups.Cid12226Code]
TransesophagealShortAxisView: _Final[_groups.Cid12226Code]
SubcostalViewOfCardiacOutletsDirectedAnteriorly: _Final[_groups.Cid12226Code]
SubcostalShortAxisViewAtPapillaryMuscleLevel: _Final[_groups.Cid12226Code]
SubcostalShortAxisViewAtMitralValveLevel: _Final[_groups.Cid12226Code]
SubcostalShortAxisViewAtAorticValveLevel: _Final[_groups.Cid12226Code]
SubcostalShortAxisViewAtVenousInflowLevel: _Final[_groups.Cid12226Code]
SubcostalObliqueCoronalView: _Final[_groups.Cid12226Code]
SuprasternalCoronalView: _Final[_groups.Cid12226Code]
SuprasternalSagittalView: _Final[_groups.Cid12226Code]
SuprasternalLongAxisViewOfAorticArch: _Final[_groups.Cid12226Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12226Code]]
