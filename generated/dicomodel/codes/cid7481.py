"""CID 7481 Breed Registry.

Extensible, version 20060822, UID 1.2.840.10008.6.1.530.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7481
NAME: _Final[str] = "Breed Registry"
KEYWORD: _Final[str | None] = "BreedRegistry"
UID: _Final[str | None] = "1.2.840.10008.6.1.530"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20060822"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AmericaKennelClub: _Final[_Code] = _Code("DCM", "109200", "America Kennel Club", (7481,))
"""America Kennel Club (DCM 109200)."""

AmericaPetRegistryInc: _Final[_Code] = _Code(
    "DCM", "109201", "America's Pet Registry Inc.", (7481,)
)
"""America's Pet Registry Inc. (DCM 109201)."""

AmericanCanineAssociation: _Final[_Code] = _Code(
    "DCM", "109202", "American Canine Association", (7481,)
)
"""American Canine Association (DCM 109202)."""

AmericanPurebredRegistry: _Final[_Code] = _Code(
    "DCM", "109203", "American Purebred Registry", (7481,)
)
"""American Purebred Registry (DCM 109203)."""

AmericanRareBreedAssociation: _Final[_Code] = _Code(
    "DCM", "109204", "American Rare Breed Association", (7481,)
)
"""American Rare Breed Association (DCM 109204)."""

AnimalRegistryUnlimited: _Final[_Code] = _Code(
    "DCM", "109205", "Animal Registry Unlimited", (7481,)
)
"""Animal Registry Unlimited (DCM 109205)."""

AnimalResearchFoundation: _Final[_Code] = _Code(
    "DCM", "109206", "Animal Research Foundation", (7481,)
)
"""Animal Research Foundation (DCM 109206)."""

CanadianBorderCollieAssociation: _Final[_Code] = _Code(
    "DCM", "109207", "Canadian Border Collie Association", (7481,)
)
"""Canadian Border Collie Association (DCM 109207)."""

CanadianKennelClub: _Final[_Code] = _Code("DCM", "109208", "Canadian Kennel Club", (7481,))
"""Canadian Kennel Club (DCM 109208)."""

CanadianLivestockRecordsAssociation: _Final[_Code] = _Code(
    "DCM", "109209", "Canadian Livestock Records Association", (7481,)
)
"""Canadian Livestock Records Association (DCM 109209)."""

CanineFederationOfCanada: _Final[_Code] = _Code(
    "DCM", "109210", "Canine Federation of Canada", (7481,)
)
"""Canine Federation of Canada (DCM 109210)."""

ContinentalKennelClub: _Final[_Code] = _Code("DCM", "109211", "Continental Kennel Club", (7481,))
"""Continental Kennel Club (DCM 109211)."""

DogRegistryOfAmerica: _Final[_Code] = _Code("DCM", "109212", "Dog Registry of America", (7481,))
"""Dog Registry of America (DCM 109212)."""

FederationOfInternationalCanines: _Final[_Code] = _Code(
    "DCM", "109213", "Federation of International Canines", (7481,)
)
"""Federation of International Canines (DCM 109213)."""

InternationalProgressiveDogBreedersAlliance: _Final[_Code] = _Code(
    "DCM", "109214", "International Progressive Dog Breeders' Alliance", (7481,)
)
"""International Progressive Dog Breeders' Alliance (DCM 109214)."""

NationalKennelClub: _Final[_Code] = _Code("DCM", "109215", "National Kennel Club", (7481,))
"""National Kennel Club (DCM 109215)."""

NorthAmericanPurebredDogRegistry: _Final[_Code] = _Code(
    "DCM", "109216", "North American Purebred Dog Registry", (7481,)
)
"""North American Purebred Dog Registry (DCM 109216)."""

UnitedAllBreedRegistry: _Final[_Code] = _Code("DCM", "109217", "United All Breed Registry", (7481,))
"""United All Breed Registry (DCM 109217)."""

UnitedKennelClub: _Final[_Code] = _Code("DCM", "109218", "United Kennel Club", (7481,))
"""United Kennel Club (DCM 109218)."""

UniversalKennelClubInternational: _Final[_Code] = _Code(
    "DCM", "109219", "Universal Kennel Club International", (7481,)
)
"""Universal Kennel Club International (DCM 109219)."""

WorkingCanineAssociationOfCanada: _Final[_Code] = _Code(
    "DCM", "109220", "Working Canine Association of Canada", (7481,)
)
"""Working Canine Association of Canada (DCM 109220)."""

WorldKennelClub: _Final[_Code] = _Code("DCM", "109221", "World Kennel Club", (7481,))
"""World Kennel Club (DCM 109221)."""

WorldWideKennelClub: _Final[_Code] = _Code("DCM", "109222", "World Wide Kennel Club", (7481,))
"""World Wide Kennel Club (DCM 109222)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AmericaKennelClub,
    AmericaPetRegistryInc,
    AmericanCanineAssociation,
    AmericanPurebredRegistry,
    AmericanRareBreedAssociation,
    AnimalRegistryUnlimited,
    AnimalResearchFoundation,
    CanadianBorderCollieAssociation,
    CanadianKennelClub,
    CanadianLivestockRecordsAssociation,
    CanineFederationOfCanada,
    ContinentalKennelClub,
    DogRegistryOfAmerica,
    FederationOfInternationalCanines,
    InternationalProgressiveDogBreedersAlliance,
    NationalKennelClub,
    NorthAmericanPurebredDogRegistry,
    UnitedAllBreedRegistry,
    UnitedKennelClub,
    UniversalKennelClubInternational,
    WorkingCanineAssociationOfCanada,
    WorldKennelClub,
    WorldWideKennelClub,
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
