"""CID 6200 Colon Overall Assessment.

Extensible, version 20090402, UID 1.2.840.10008.6.1.787.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6200
NAME: _Final[str] = "Colon Overall Assessment"
KEYWORD: _Final[str | None] = "ColonOverallAssessment"
UID: _Final[str | None] = "1.2.840.10008.6.1.787"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090402"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

C0InadequateStudyAwaitingPriorComparisons: _Final[_Code] = _Code(
    "DCM", "112240", "C0 - Inadequate Study/Awaiting Prior Comparisons", (6200,)
)
"""C0 - Inadequate Study/Awaiting Prior Comparisons (DCM 112240)."""

C1NormalColonOrBenignLesion: _Final[_Code] = _Code(
    "DCM", "112241", "C1 - Normal Colon or Benign Lesion", (6200,)
)
"""C1 - Normal Colon or Benign Lesion (DCM 112241)."""

C2IntermediatePolypOrIndeterminateFinding: _Final[_Code] = _Code(
    "DCM", "112242", "C2 - Intermediate Polyp or Indeterminate Finding", (6200,)
)
"""C2 - Intermediate Polyp or Indeterminate Finding (DCM 112242)."""

C3PolypPossiblyAdvancedAdenoma: _Final[_Code] = _Code(
    "DCM", "112243", "C3 - Polyp, Possibly Advanced Adenoma", (6200,)
)
"""C3 - Polyp, Possibly Advanced Adenoma (DCM 112243)."""

C4ColonicMassLikelyMalignant: _Final[_Code] = _Code(
    "DCM", "112244", "C4 - Colonic Mass, Likely Malignant", (6200,)
)
"""C4 - Colonic Mass, Likely Malignant (DCM 112244)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    C0InadequateStudyAwaitingPriorComparisons,
    C1NormalColonOrBenignLesion,
    C2IntermediatePolypOrIndeterminateFinding,
    C3PolypPossiblyAdvancedAdenoma,
    C4ColonicMassLikelyMalignant,
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
