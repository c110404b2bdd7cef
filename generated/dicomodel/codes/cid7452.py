"""CID 7452 Organizational Role.

Extensible, version 20170626, UID 1.2.840.10008.6.1.516.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7452
NAME: _Final[str] = "Organizational Role"
KEYWORD: _Final[str | None] = "OrganizationalRole"
UID: _Final[str | None] = "1.2.840.10008.6.1.516"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170626"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MedicalPractitioner: _Final[_Code] = _Code(
    "SCT", "158965000", "Medical Practitioner", (7452, 9536, 9555, 9562)
)
"""Medical Practitioner (SCT 158965000)."""

Physician: _Final[_Code] = _Code("SCT", "309343006", "Physician", (7452, 9536, 9555, 9562))
"""Physician (SCT 309343006)."""

HeadOfRadiology: _Final[_Code] = _Code("DCM", "128670", "Head of Radiology", (7452,))
"""Head of Radiology (DCM 128670)."""

ChairOfProtocolCommittee: _Final[_Code] = _Code(
    "DCM", "128671", "Chair of Protocol Committee", (7452,)
)
"""Chair of Protocol Committee (DCM 128671)."""

RepresentativeOfProtocolCommittee: _Final[_Code] = _Code(
    "DCM", "128676", "Representative of Protocol Committee", (7452,)
)
"""Representative of Protocol Committee (DCM 128676)."""

RepresentativeOfEthicsCommittee: _Final[_Code] = _Code(
    "DCM", "128677", "Representative of Ethics Committee", (7452,)
)
"""Representative of Ethics Committee (DCM 128677)."""

HeadOfCardiology: _Final[_Code] = _Code("DCM", "128675", "Head of Cardiology", (7452,))
"""Head of Cardiology (DCM 128675)."""

AdministratorOfRadiologyDepartment: _Final[_Code] = _Code(
    "DCM", "128673", "Administrator of Radiology Department", (7452,)
)
"""Administrator of Radiology Department (DCM 128673)."""

Nurse: _Final[_Code] = _Code("SCT", "106292003", "Nurse", (7452,))
"""Nurse (SCT 106292003)."""

RadiologicTechnologist: _Final[_Code] = _Code(
    "SCT", "159016003", "Radiologic Technologist", (7452, 9536)
)
"""Radiologic Technologist (SCT 159016003)."""

LeadRadiologicTechnologist: _Final[_Code] = _Code(
    "DCM", "128674", "Lead Radiologic Technologist", (7452, 9536)
)
"""Lead Radiologic Technologist (DCM 128674)."""

RadiationTherapist: _Final[_Code] = _Code(
    "SCT", "3430008", "Radiation Therapist", (7452, 9536, 9562)
)
"""Radiation Therapist (SCT 3430008)."""

Intern: _Final[_Code] = _Code("UMLS", "C1144859", "Intern", (7452,))
"""Intern (UMLS C1144859)."""

Resident: _Final[_Code] = _Code("SCT", "405277009", "Resident", (7452, 9536, 9555, 9562))
"""Resident (SCT 405277009)."""

Registrar: _Final[_Code] = _Code("SCT", "158971006", "Registrar", (7452,))
"""Registrar (SCT 158971006)."""

Fellow: _Final[_Code] = _Code("DCM", "121088", "Fellow", (7452,))
"""Fellow (DCM 121088)."""

Attending: _Final[_Code] = _Code("SCT", "405279007", "Attending", (7452,))
"""Attending (SCT 405279007)."""

Consultant: _Final[_Code] = _Code("SCT", "309390008", "Consultant", (7452,))
"""Consultant (SCT 309390008)."""

ConsultingPhysician: _Final[_Code] = _Code(
    "UMLS", "C1441532", "Consulting Physician", (7452, 9536, 9555, 9562)
)
"""Consulting Physician (UMLS C1441532)."""

ScrubNurse: _Final[_Code] = _Code("SCT", "415506007", "Scrub nurse", (7452,))
"""Scrub nurse (SCT 415506007)."""

Surgeon: _Final[_Code] = _Code("SCT", "304292004", "Surgeon", (7452,))
"""Surgeon (SCT 304292004)."""

Sonologist: _Final[_Code] = _Code("DCM", "121092", "Sonologist", (7452,))
"""Sonologist (DCM 121092)."""

Sonographer: _Final[_Code] = _Code("UMLS", "C1954848", "Sonographer", (7452,))
"""Sonographer (UMLS C1954848)."""

RadiationPhysicist: _Final[_Code] = _Code(
    "UMLS", "C2985483", "Radiation Physicist", (7452, 9536, 9555, 9562)
)
"""Radiation Physicist (UMLS C2985483)."""

MedicalPhysicist: _Final[_Code] = _Code(
    "UMLS", "C1708969", "Medical Physicist", (7452, 9536, 9555, 9562)
)
"""Medical Physicist (UMLS C1708969)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
