"""CID 703 Assessment Basis.

Extensible, version 20160318, UID 1.2.840.10008.6.1.1118.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 703
NAME: Final[str] = "Assessment Basis"
KEYWORD: Final[str | None] = "AssessmentBasis"
UID: Final[str | None] = "1.2.840.10008.6.1.1118"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160318"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AssessmentByComparison: Final[Code] = Code("DCM", "121375", "Assessment By Comparison", (703,))
"""Assessment By Comparison (DCM 121375)."""

AssessmentByRules: Final[Code] = Code("DCM", "121376", "Assessment By Rules", (703,))
"""Assessment By Rules (DCM 121376)."""

MEMBERS: Final[tuple[Code, ...]] = (AssessmentByComparison, AssessmentByRules)
"""The resolved membership: own members, then those of the included groups, in order."""
