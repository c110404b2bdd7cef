"""CID 3217 Comparison Finding.

Extensible, version 20080927, UID 1.2.840.10008.6.1.770.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3217
NAME: _Final[str] = "Comparison Finding"
KEYWORD: _Final[str | None] = "ComparisonFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.770"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AgreementWithPriorFindings: _Final[_Code] = _Code(
    "DCM", "122775", "Agreement with prior findings", (3217,)
)
"""Agreement with prior findings (DCM 122775)."""

DisagreementWithPriorFindings: _Final[_Code] = _Code(
    "DCM", "122776", "Disagreement with prior findings", (3217,)
)
"""Disagreement with prior findings (DCM 122776)."""

MEMBERS: _Final[tuple[_Code, ...]] = (AgreementWithPriorFindings, DisagreementWithPriorFindings)
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
