"""CID 7450 Person Role.

Extensible, version 20040112, UID 1.2.840.10008.6.1.514.
Includes CID 7451, CID 7452.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7450
NAME: _Final[str] = "Person Role"
KEYWORD: _Final[str | None] = "PersonRole"
UID: _Final[str | None] = "1.2.840.10008.6.1.514"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = (7451, 7452)
EXTERNAL_SCHEME: _Final[str | None] = None

Patient: _Final[_Code] = _Code("DCM", "121025", "Patient", (271, 272, 7450))
"""Patient (DCM 121025)."""

HealthcareProfessional: _Final[_Code] = _Code(
    "SCT", "223366009", "Healthcare professional", (7450,)
)
"""Healthcare professional (SCT 223366009)."""

Friend: _Final[_Code] = _Code("SCT", "113163005", "Friend", (7450,))
"""Friend (SCT 113163005)."""

NaturalMother: _Final[_Code] = _Code("SCT", "65656005", "Natural mother", (7451,))
"""Natural mother (SCT 65656005). Included from CID 7451."""

NaturalFather: _Final[_Code] = _Code("SCT", "9947008", "Natural father", (7451,))
"""Natural father (SCT 9947008). Included from CID 7451."""

NaturalSister: _Final[_Code] = _Code("SCT", "73678001", "Natural sister", (7451,))
"""Natural sister (SCT 73678001). Included from CID 7451."""

NaturalBrother: _Final[_Code] = _Code("SCT", "60614009", "Natural brother", (7451,))
"""Natural brother (SCT 60614009). Included from CID 7451."""

Aunt: _Final[_Code] = _Code("SCT", "25211005", "Aunt", (7451,))
"""Aunt (SCT 25211005). Included from CID 7451."""

Uncle: _Final[_Code] = _Code("SCT", "38048003", "Uncle", (7451,))
"""Uncle (SCT 38048003). Included from CID 7451."""

HalfSister: _Final[_Code] = _Code("SCT", "2272004", "Half-sister", (7451,))
"""Half-sister (SCT 2272004). Included from CID 7451."""

HalfBrother: _Final[_Code] = _Code("SCT", "45929001", "Half-brother", (7451,))
"""Half-brother (SCT 45929001). Included from CID 7451."""

NaturalGrandMother: _Final[_Code] = _Code("SCT", "17945006", "Natural grand-mother", (7451,))
"""Natural grand-mother (SCT 17945006). Included from CID 7451."""

NaturalGrandFather: _Final[_Code] = _Code("SCT", "62296006", "Natural grand-father", (7451,))
"""Natural grand-father (SCT 62296006). Included from CID 7451."""

NaturalDaughter: _Final[_Code] = _Code("SCT", "83420006", "Natural daughter", (7451,))
"""Natural daughter (SCT 83420006). Included from CID 7451."""

NaturalSon: _Final[_Code] = _Code("SCT", "113160008", "Natural son", (7451,))
"""Natural son (SCT 113160008). Included from CID 7451."""

FemaleFirstCousin: _Final[_Code] = _Code("SCT", "270002", "Female first cousin", (7451,))
"""Female first cousin (SCT 270002). Included from CID 7451."""

MaleFirstCousin: _Final[_Code] = _Code("SCT", "11993008", "Male first cousin", (7451,))
"""Male first cousin (SCT 11993008). Included from CID 7451."""

MedicalPractitioner: _Final[_Code] = _Code(
    "SCT", "158965000", "Medical Practitioner", (7452, 9536, 9555, 9562)
)
"""Medical Practitioner (SCT 158965000). Included from CID 7452."""

Physician: _Final[_Code] = _Code("SCT", "309343006", "Physician", (7452, 9536, 9555, 9562))
"""Physician (SCT 309343006). Included from CID 7452."""

HeadOfRadiology: _Final[_Code] = _Code("DCM", "128670", "Head of Radiology", (7452,))
"""Head of Radiology (DCM 128670). Included from CID 7452."""

ChairOfProtocolCommittee: _Final[_Code] = _Code(
    "DCM", "128671", "Chair of Protocol Committee", (7452,)
)
"""Chair of Protocol Committee (DCM 128671). Included from CID 7452."""

RepresentativeOfProtocolCommittee: _Final[_Code] = _Code(
    "DCM", "128676", "Representative of Protocol Committee", (7452,)
)
"""Representative of Protocol Committee (DCM 128676). Included from CID 7452."""

RepresentativeOfEthicsCommittee: _Final[_Code] = _Code(
    "DCM", "128677", "Representative of Ethics Committee", (7452,)
)
"""Representative of Ethics Committee (DCM 128677). Included from CID 7452."""

HeadOfCardiology: _Final[_Code] = _Code("DCM", "128675", "Head of Cardiology", (7452,))
"""Head of Cardiology (DCM 128675). Included from CID 7452."""

AdministratorOfRadiologyDepartment: _Final[_Code] = _Code(
    "DCM", "128673", "Administrator of Radiology Department", (7452,)
)
"""Administrator of Radiology Department (DCM 128673). Included from CID 7452."""

Nurse: _Final[_Code] = _Code("SCT", "106292003", "Nurse", (7452,))
"""Nurse (SCT 106292003). Included from CID 7452."""

RadiologicTechnologist: _Final[_Code] = _Code(
    "SCT", "159016003", "Radiologic Technologist", (7452, 9536)
)
"""Radiologic Technologist (SCT 159016003). Included from CID 7452."""

LeadRadiologicTechnologist: _Final[_Code] = _Code(
    "DCM", "128674", "Lead Radiologic Technologist", (7452, 9536)
)
"""Lead Radiologic Technologist (DCM 128674). Included from CID 7452."""

RadiationTherapist: _Final[_Code] = _Code(
    "SCT", "3430008", "Radiation Therapist", (7452, 9536, 9562)
)
"""Radiation Therapist (SCT 3430008). Included from CID 7452."""

Intern: _Final[_Code] = _Code("UMLS", "C1144859", "Intern", (7452,))
"""Intern (UMLS C1144859). Included from CID 7452."""

Resident: _Final[_Code] = _Code("SCT", "405277009", "Resident", (7452, 9536, 9555, 9562))
"""Resident (SCT 405277009). Included from CID 7452."""

Registrar: _Final[_Code] = _Code("SCT", "158971006", "Registrar", (7452,))
"""Registrar (SCT 158971006). Included from CID 7452."""

Fellow: _Final[_Code] = _Code("DCM", "121088", "Fellow", (7452,))
"""Fellow (DCM 121088). Included from CID 7452."""

Attending: _Final[_Code] = _Code("SCT", "405279007", "Attending", (7452,))
"""Attending (SCT 405279007). Included from CID 7452."""

Consultant: _Final[_Code] = _Code("SCT", "309390008", "Consultant", (7452,))
"""Consultant (SCT 309390008). Included from CID 7452."""

ConsultingPhysician: _Final[_Code] = _Code(
    "UMLS", "C1441532", "Consulting Physician", (7452, 9536, 9555, 9562)
)
"""Consulting Physician (UMLS C1441532). Included from CID 7452."""

ScrubNurse: _Final[_Code] = _Code("SCT", "415506007", "Scrub nurse", (7452,))
"""Scrub nurse (SCT 415506007). Included from CID 7452."""

Surgeon: _Final[_Code] = _Code("SCT", "304292004", "Surgeon", (7452,))
"""Surgeon (SCT 304292004). Included from CID 7452."""

Sonologist: _Final[_Code] = _Code("DCM", "121092", "Sonologist", (7452,))
"""Sonologist (DCM 121092). Included from CID 7452."""

Sonographer: _Final[_Code] = _Code("UMLS", "C1954848", "Sonographer", (7452,))
"""Sonographer (UMLS C1954848). Included from CID 7452."""

RadiationPhysicist: _Final[_Code] = _Code(
    "UMLS", "C2985483", "Radiation Physicist", (7452, 9536, 9555, 9562)
)
"""Radiation Physicist (UMLS C2985483). Included from CID 7452."""

MedicalPhysicist: _Final[_Code] = _Code(
    "UMLS", "C1708969", "Medical Physicist", (7452, 9536, 9555, 9562)
)
"""Medical Physicist (UMLS C1708969). Included from CID 7452."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Patient,
    HealthcareProfessional,
    Friend,
    NaturalMother,
    NaturalFather,
    NaturalSister,
    NaturalBrother,
    Aunt,
    Uncle,
    HalfSister,
    HalfBrother,
    NaturalGrandMother,
    NaturalGrandFather,
    NaturalDaughter,
    NaturalSon,
    FemaleFirstCousin,
    MaleFirstCousin,
    MedicalPractitioner,
    Physician,
    HeadOfRadiology,
    ChairOfProtocolCommittee,
    RepresentativeOfProtocolCommittee,
    RepresentativeOfEthicsCommittee,
    HeadOfCardiology,
    AdministratorOfRadiologyDepartment,
    Nurse,
    RadiologicTechnologist,
    LeadRadiologicTechnologist,
    RadiationTherapist,
    Intern,
    Resident,
    Registrar,
    Fellow,
    Attending,
    Consultant,
    ConsultingPhysician,
    ScrubNurse,
    Surgeon,
    Sonologist,
    Sonographer,
    RadiationPhysicist,
    MedicalPhysicist,
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
