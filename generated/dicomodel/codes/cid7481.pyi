"""CID 7481 Breed Registry.

Extensible, version 20060822, UID 1.2.840.10008.6.1.530.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AmericaKennelClub: _Final[_groups.Cid7481Code]
AmericaPetRegistryInc: _Final[_groups.Cid7481Code]
AmericanCanineAssociation: _Final[_groups.Cid7481Code]
AmericanPurebredRegistry: _Final[_groups.Cid7481Code]
AmericanRareBreedAssociation: _Final[_groups.Cid7481Code]
AnimalRegistryUnlimited: _Final[_groups.Cid7481Code]
AnimalResearchFoundation: _Final[_groups.Cid7481Code]
CanadianBorderCollieAssociation: _Final[_groups.Cid7481Code]
CanadianKennelClub: _Final[_groups.Cid7481Code]
CanadianLivestockRecordsAssociation: _Final[_groups.Cid7481Code]
CanineFederationOfCanada: _Final[_groups.Cid7481Code]
ContinentalKennelClub: _Final[_groups.Cid7481Code]
DogRegistryOfAmerica: _Final[_groups.Cid7481Code]
FederationOfInternationalCanines: _Final[_groups.Cid7481Code]
InternationalProgressiveDogBreedersAlliance: _Final[_groups.Cid7481Code]
NationalKennelClub: _Final[_groups.Cid7481Code]
NorthAmericanPurebredDogRegistry: _Final[_groups.Cid7481Code]
UnitedAllBreedRegistry: _Final[_groups.Cid7481Code]
UnitedKennelClub: _Final[_groups.Cid7481Code]
UniversalKennelClubInternational: _Final[_groups.Cid7481Code]
WorkingCanineAssociationOfCanada: _Final[_groups.Cid7481Code]
WorldKennelClub: _Final[_groups.Cid7481Code]
WorldWideKennelClub: _Final[_groups.Cid7481Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7481Code]]
