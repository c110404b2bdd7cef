"""CID 9562 Radiotherapy Treatment Delivery Person Role.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1319.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9562
NAME: _Final[str] = "Radiotherapy Treatment Delivery Person Role"
KEYWORD: _Final[str | None] = "RadiotherapyTreatmentDeliveryPersonRole"
UID: _Final[str | None] = "1.2.840.10008.6.1.1319"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200624"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RadiationTherapist: _Final[_Code] = _Code(
    "SCT", "3430008", "Radiation Therapist", (7452, 9536, 9562)
)
"""Radiation Therapist (SCT 3430008)."""

MedicalPractitioner: _Final[_Code] = _Code(
    "SCT", "158965000", "Medical Practitioner", (7452, 9536, 9555, 9562)
)
"""Medical Practitioner (SCT 158965000)."""

Physician: _Final[_Code] = _Code("SCT", "309343006", "Physician", (7452, 9536, 9555, 9562))
"""Physician (SCT 309343006)."""

Dosimetrist: _Final[_Code] = _Code("NCIt", "C93176", "Dosimetrist", (9555, 9562))
"""Dosimetrist (NCIt C93176)."""

Resident: _Final[_Code] = _Code("SCT", "405277009", "Resident", (7452, 9536, 9555, 9562))
"""Resident (SCT 405277009)."""

ConsultingPhysician: _Final[_Code] = _Code(
    "UMLS", "C1441532", "Consulting Physician", (7452, 9536, 9555, 9562)
)
"""Consulting Physician (UMLS C1441532)."""

RadiationPhysicist: _Final[_Code] = _Code(
    "UMLS", "C2985483", "Radiation Physicist", (7452, 9536, 9555, 9562)
)
"""Radiation Physicist (UMLS C2985483)."""

PhysicsAssistant: _Final[_Code] = _Code("DCM", "128678", "Physics Assistant", (9555, 9562))
"""Physics Assistant (DCM 128678)."""

MedicalPhysicist: _Final[_Code] = _Code(
    "UMLS", "C1708969", "Medical Physicist", (7452, 9536, 9555, 9562)
)
"""Medical Physicist (UMLS C1708969)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RadiationTherapist,
    MedicalPractitioner,
    Physician,
    Dosimetrist,
    Resident,
    ConsultingPhysician,
    RadiationPhysicist,
    PhysicsAssistant,
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
