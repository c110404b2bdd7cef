"""CID 7481 Breed Registry.

Extensible, version 20060822, UID 1.2.840.10008.6.1.530.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid7481Code, ...]]
