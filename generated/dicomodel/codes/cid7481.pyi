"""CID 7481 Breed Registry.

Extensible, version 20060822, UID 1.2.840.10008.6.1.530.

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
AmericaKennelClub: _Final[_Code]
AmericaPetRegistryInc: _Final[_Code]
AmericanCanineAssociation: _Final[_Code]
AmericanPurebredRegistry: _Final[_Code]
AmericanRareBreedAssociation: _Final[_Code]
AnimalRegistryUnlimited: _Final[_Code]
AnimalResearchFoundation: _Final[_Code]
CanadianBorderCollieAssociation: _Final[_Code]
CanadianKennelClub: _Final[_Code]
CanadianLivestockRecordsAssociation: _Final[_Code]
CanineFederationOfCanada: _Final[_Code]
ContinentalKennelClub: _Final[_Code]
DogRegistryOfAmerica: _Final[_Code]
FederationOfInternationalCanines: _Final[_Code]
InternationalProgressiveDogBreedersAlliance: _Final[_Code]
NationalKennelClub: _Final[_Code]
NorthAmericanPurebredDogRegistry: _Final[_Code]
UnitedAllBreedRegistry: _Final[_Code]
UnitedKennelClub: _Final[_Code]
UniversalKennelClubInternational: _Final[_Code]
WorkingCanineAssociationOfCanada: _Final[_Code]
WorldKennelClub: _Final[_Code]
WorldWideKennelClub: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
