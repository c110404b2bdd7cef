"""CID 210 Qualitative Evaluation Modifier Type.

Extensible, version 20190524, UID 1.2.840.10008.6.1.1285.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 210
NAME: Final[str] = "Qualitative Evaluation Modifier Type"
KEYWORD: Final[str | None] = "QualitativeEvaluationModifierType"
UID: Final[str | None] = "1.2.840.10008.6.1.1285"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190524"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Laterality: Final[Code] = Code("SCT", "272741003", "Laterality", (210,))
"""Laterality (SCT 272741003)."""

TopographicalModifier: Final[Code] = Code("SCT", "106233006", "Topographical modifier", (210,))
"""Topographical modifier (SCT 106233006)."""

MEMBERS: Final[tuple[Code, ...]] = (Laterality, TopographicalModifier)
"""The resolved membership: own members, then those of the included groups, in order."""
