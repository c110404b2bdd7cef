"""CID 10040 Radiopharmaceutical Organ Dose Reference Authority.

Extensible, version 20140419, UID 1.2.840.10008.6.1.972.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10040
NAME: Final[str] = "Radiopharmaceutical Organ Dose Reference Authority"
KEYWORD: Final[str | None] = "RadiopharmaceuticalOrganDoseReferenceAuthority"
UID: Final[str | None] = "1.2.840.10008.6.1.972"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20140419"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MIRDPamphlet1: Final[Code] = Code("DCM", "113520", "MIRD Pamphlet 1", (10040,))
"""MIRD Pamphlet 1 (DCM 113520)."""

ICRPPublication53: Final[Code] = Code("DCM", "113521", "ICRP Publication 53", (10040,))
"""ICRP Publication 53 (DCM 113521)."""

MIRDOSE: Final[Code] = Code("DCM", "113526", "MIRDOSE", (10040,))
"""MIRDOSE (DCM 113526)."""

OLINDAEXM: Final[Code] = Code("DCM", "113527", "OLINDA-EXM", (10040,))
"""OLINDA-EXM (DCM 113527)."""

PackageInsert: Final[Code] = Code("DCM", "113528", "Package Insert", (10040,))
"""Package Insert (DCM 113528)."""

InstitutionallyApprovedEstimates: Final[Code] = Code(
    "DCM", "113529", "Institutionally Approved Estimates", (10040,)
)
"""Institutionally Approved Estimates (DCM 113529)."""

InvestigationalNewDrug: Final[Code] = Code("DCM", "113530", "Investigational New Drug", (10040,))
"""Investigational New Drug (DCM 113530)."""

ICRPPublication80: Final[Code] = Code("DCM", "113522", "ICRP Publication 80", (10040,))
"""ICRP Publication 80 (DCM 113522)."""

ICRPPublication106: Final[Code] = Code("DCM", "113523", "ICRP Publication 106", (10040,))
"""ICRP Publication 106 (DCM 113523)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MIRDPamphlet1,
    ICRPPublication53,
    MIRDOSE,
    OLINDAEXM,
    PackageInsert,
    InstitutionallyApprovedEstimates,
    InvestigationalNewDrug,
    ICRPPublication80,
    ICRPPublication106,
)
"""The resolved membership: own members, then those of the included groups, in order."""
