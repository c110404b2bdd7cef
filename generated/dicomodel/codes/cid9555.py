"""CID 9555 Radiotherapy Treatment Planning Person Role.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1302.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9555
NAME: Final[str] = "Radiotherapy Treatment Planning Person Role"
KEYWORD: Final[str | None] = "RadiotherapyTreatmentPlanningPersonRole"
UID: Final[str | None] = "1.2.840.10008.6.1.1302"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190715"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MedicalPractitioner: Final[Code] = Code(
    "SCT", "158965000", "Medical Practitioner", (7452, 9536, 9555, 9562)
)
"""Medical Practitioner (SCT 158965000)."""

Physician: Final[Code] = Code("SCT", "309343006", "Physician", (7452, 9536, 9555, 9562))
"""Physician (SCT 309343006)."""

Dosimetrist: Final[Code] = Code("NCIt", "C93176", "Dosimetrist", (9555, 9562))
"""Dosimetrist (NCIt C93176)."""

Resident: Final[Code] = Code("SCT", "405277009", "Resident", (7452, 9536, 9555, 9562))
"""Resident (SCT 405277009)."""

ConsultingPhysician: Final[Code] = Code(
    "UMLS", "C1441532", "Consulting Physician", (7452, 9536, 9555, 9562)
)
"""Consulting Physician (UMLS C1441532)."""

RadiationPhysicist: Final[Code] = Code(
    "UMLS", "C2985483", "Radiation Physicist", (7452, 9536, 9555, 9562)
)
"""Radiation Physicist (UMLS C2985483)."""

PhysicsAssistant: Final[Code] = Code("DCM", "128678", "Physics Assistant", (9555, 9562))
"""Physics Assistant (DCM 128678)."""

MedicalPhysicist: Final[Code] = Code(
    "UMLS", "C1708969", "Medical Physicist", (7452, 9536, 9555, 9562)
)
"""Medical Physicist (UMLS C1708969)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
