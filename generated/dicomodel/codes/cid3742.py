"""CID 3742 PCI Medication Administration.

Extensible, version 20030327, UID 1.2.840.10008.6.1.239.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3742
NAME: Final[str] = "PCI Medication Administration"
KEYWORD: Final[str | None] = "PCIMedicationAdministration"
UID: Final[str | None] = "1.2.840.10008.6.1.239"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NotAdministered: Final[Code] = Code("SCT", "371900001", "Not Administered", (3742, 3743))
"""Not Administered (SCT 371900001)."""

Contraindicated: Final[Code] = Code("SCT", "373147003", "Contraindicated", (3741, 3742, 3743))
"""Contraindicated (SCT 373147003)."""

AdministeredPriorToPercutaneousCoronaryIntervention: Final[Code] = Code(
    "SCT", "371904005", "Administered Prior to Percutaneous Coronary Intervention", (3742,)
)
"""Administered Prior to Percutaneous Coronary Intervention (SCT 371904005)."""

AdministeredDuringPercutaneousCoronaryIntervention: Final[Code] = Code(
    "SCT", "371903004", "Administered During Percutaneous Coronary Intervention", (3742,)
)
"""Administered During Percutaneous Coronary Intervention (SCT 371903004)."""

AdministeredAfterPercutaneousCoronaryIntervention: Final[Code] = Code(
    "SCT", "371902009", "Administered After Percutaneous Coronary Intervention", (3742, 3743)
)
"""Administered After Percutaneous Coronary Intervention (SCT 371902009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NotAdministered,
    Contraindicated,
    AdministeredPriorToPercutaneousCoronaryIntervention,
    AdministeredDuringPercutaneousCoronaryIntervention,
    AdministeredAfterPercutaneousCoronaryIntervention,
)
"""The resolved membership: own members, then those of the included groups, in order."""
