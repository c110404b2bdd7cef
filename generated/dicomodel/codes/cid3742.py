"""CID 3742 PCI Medication Administration.

Extensible, version 20030327, UID 1.2.840.10008.6.1.239.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3742
NAME: _Final[str] = "PCI Medication Administration"
KEYWORD: _Final[str | None] = "PCIMedicationAdministration"
UID: _Final[str | None] = "1.2.840.10008.6.1.239"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NotAdministered: _Final[_Code] = _Code("SCT", "371900001", "Not Administered", (3742, 3743))
"""Not Administered (SCT 371900001)."""

Contraindicated: _Final[_Code] = _Code("SCT", "373147003", "Contraindicated", (3741, 3742, 3743))
"""Contraindicated (SCT 373147003)."""

AdministeredPriorToPercutaneousCoronaryIntervention: _Final[_Code] = _Code(
    "SCT", "371904005", "Administered Prior to Percutaneous Coronary Intervention", (3742,)
)
"""Administered Prior to Percutaneous Coronary Intervention (SCT 371904005)."""

AdministeredDuringPercutaneousCoronaryIntervention: _Final[_Code] = _Code(
    "SCT", "371903004", "Administered During Percutaneous Coronary Intervention", (3742,)
)
"""Administered During Percutaneous Coronary Intervention (SCT 371903004)."""

AdministeredAfterPercutaneousCoronaryIntervention: _Final[_Code] = _Code(
    "SCT", "371902009", "Administered After Percutaneous Coronary Intervention", (3742, 3743)
)
"""Administered After Percutaneous Coronary Intervention (SCT 371902009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NotAdministered,
    Contraindicated,
    AdministeredPriorToPercutaneousCoronaryIntervention,
    AdministeredDuringPercutaneousCoronaryIntervention,
    AdministeredAfterPercutaneousCoronaryIntervention,
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
