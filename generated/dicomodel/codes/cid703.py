"""CID 703 Assessment Basis.

Extensible, version 20160318, UID 1.2.840.10008.6.1.1118.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 703
NAME: _Final[str] = "Assessment Basis"
KEYWORD: _Final[str | None] = "AssessmentBasis"
UID: _Final[str | None] = "1.2.840.10008.6.1.1118"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160318"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AssessmentByComparison: _Final[_Code] = _Code("DCM", "121375", "Assessment By Comparison", (703,))
"""Assessment By Comparison (DCM 121375)."""

AssessmentByRules: _Final[_Code] = _Code("DCM", "121376", "Assessment By Rules", (703,))
"""Assessment By Rules (DCM 121376)."""

MEMBERS: _Final[tuple[_Code, ...]] = (AssessmentByComparison, AssessmentByRules)
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
