"""CID 6200 Colon Overall Assessment.

Extensible, version 20090402, UID 1.2.840.10008.6.1.787.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6200
NAME: Final[str] = "Colon Overall Assessment"
KEYWORD: Final[str | None] = "ColonOverallAssessment"
UID: Final[str | None] = "1.2.840.10008.6.1.787"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090402"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

C0InadequateStudyAwaitingPriorComparisons: Final[Code] = Code(
    "DCM", "112240", "C0 - Inadequate Study/Awaiting Prior Comparisons", (6200,)
)
"""C0 - Inadequate Study/Awaiting Prior Comparisons (DCM 112240)."""

C1NormalColonOrBenignLesion: Final[Code] = Code(
    "DCM", "112241", "C1 - Normal Colon or Benign Lesion", (6200,)
)
"""C1 - Normal Colon or Benign Lesion (DCM 112241)."""

C2IntermediatePolypOrIndeterminateFinding: Final[Code] = Code(
    "DCM", "112242", "C2 - Intermediate Polyp or Indeterminate Finding", (6200,)
)
"""C2 - Intermediate Polyp or Indeterminate Finding (DCM 112242)."""

C3PolypPossiblyAdvancedAdenoma: Final[Code] = Code(
    "DCM", "112243", "C3 - Polyp, Possibly Advanced Adenoma", (6200,)
)
"""C3 - Polyp, Possibly Advanced Adenoma (DCM 112243)."""

C4ColonicMassLikelyMalignant: Final[Code] = Code(
    "DCM", "112244", "C4 - Colonic Mass, Likely Malignant", (6200,)
)
"""C4 - Colonic Mass, Likely Malignant (DCM 112244)."""

MEMBERS: Final[tuple[Code, ...]] = (
    C0InadequateStudyAwaitingPriorComparisons,
    C1NormalColonOrBenignLesion,
    C2IntermediatePolypOrIndeterminateFinding,
    C3PolypPossiblyAdvancedAdenoma,
    C4ColonicMassLikelyMalignant,
)
"""The resolved membership: own members, then those of the included groups, in order."""
