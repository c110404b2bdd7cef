"""CID 703 Assessment Basis.

Extensible, version 20160318, UID 1.2.840.10008.6.1.1118.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

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
