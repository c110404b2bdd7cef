"""CID 10040 Radiopharmaceutical Organ Dose Reference Authority.

Extensible, version 20140419, UID 1.2.840.10008.6.1.972.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10040
NAME: _Final[str] = "Radiopharmaceutical Organ Dose Reference Authority"
KEYWORD: _Final[str | None] = "RadiopharmaceuticalOrganDoseReferenceAuthority"
UID: _Final[str | None] = "1.2.840.10008.6.1.972"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20140419"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MIRDPamphlet1: _Final[_Code] = _Code("DCM", "113520", "MIRD Pamphlet 1", (10040,))
"""MIRD Pamphlet 1 (DCM 113520)."""

ICRPPublication53: _Final[_Code] = _Code("DCM", "113521", "ICRP Publication 53", (10040,))
"""ICRP Publication 53 (DCM 113521)."""

MIRDOSE: _Final[_Code] = _Code("DCM", "113526", "MIRDOSE", (10040,))
"""MIRDOSE (DCM 113526)."""

OLINDAEXM: _Final[_Code] = _Code("DCM", "113527", "OLINDA-EXM", (10040,))
"""OLINDA-EXM (DCM 113527)."""

PackageInsert: _Final[_Code] = _Code("DCM", "113528", "Package Insert", (10040,))
"""Package Insert (DCM 113528)."""

InstitutionallyApprovedEstimates: _Final[_Code] = _Code(
    "DCM", "113529", "Institutionally Approved Estimates", (10040,)
)
"""Institutionally Approved Estimates (DCM 113529)."""

InvestigationalNewDrug: _Final[_Code] = _Code("DCM", "113530", "Investigational New Drug", (10040,))
"""Investigational New Drug (DCM 113530)."""

ICRPPublication80: _Final[_Code] = _Code("DCM", "113522", "ICRP Publication 80", (10040,))
"""ICRP Publication 80 (DCM 113522)."""

ICRPPublication106: _Final[_Code] = _Code("DCM", "113523", "ICRP Publication 106", (10040,))
"""ICRP Publication 106 (DCM 113523)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
