"""CID 6027 Assessment from BI-RADS®.

Extensible, version 20050822, UID 1.2.840.10008.6.1.357.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 6027
NAME: _Final[str] = "Assessment from BI-RADS®"
KEYWORD: _Final[str | None] = "AssessmentFromBIRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.357"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050822"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

_0IncompleteNeedAdditionalImagingEvaluationPriors: _Final[_Code] = _Code(
    "SCT", "397138000", "0 - Incomplete - Need additional imaging evaluation +/- priors", (6027,)
)
"""0 - Incomplete - Need additional imaging evaluation +/- priors (SCT 397138000)."""

_1Negative: _Final[_Code] = _Code("SCT", "397140005", "1 - Negative", (6027,))
"""1 - Negative (SCT 397140005)."""

_2Benign: _Final[_Code] = _Code("SCT", "397141009", "2 - Benign", (6027,))
"""2 - Benign (SCT 397141009)."""

_3ProbablyBenign: _Final[_Code] = _Code("SCT", "397143007", "3 - Probably Benign", (6027,))
"""3 - Probably Benign (SCT 397143007)."""

_4Suspicious: _Final[_Code] = _Code("SCT", "397144001", "4 - Suspicious", (6027,))
"""4 - Suspicious (SCT 397144001)."""

_4ALowSuspicion: _Final[_Code] = _Code("BI", "MA.II.A.5.4A", "4A - Low suspicion", (6027,))
"""4A - Low suspicion (BI MA.II.A.5.4A)."""

_4BIntermediateSuspicion: _Final[_Code] = _Code(
    "BI", "MA.II.A.5.4B", "4B - Intermediate suspicion", (6027,)
)
"""4B - Intermediate suspicion (BI MA.II.A.5.4B)."""

_4CModerateSuspicion: _Final[_Code] = _Code(
    "BI", "MA.II.A.5.4C", "4C - Moderate suspicion", (6027,)
)
"""4C - Moderate suspicion (BI MA.II.A.5.4C)."""

_5HighlySuggestiveOfMalignancy: _Final[_Code] = _Code(
    "SCT", "397145000", "5 - Highly suggestive of malignancy", (6027,)
)
"""5 - Highly suggestive of malignancy (SCT 397145000)."""

_6KnownBiopsyProvenMalignancy: _Final[_Code] = _Code(
    "BI", "MA.II.A.5.6", "6 - Known biopsy proven malignancy", (6027,)
)
"""6 - Known biopsy proven malignancy (BI MA.II.A.5.6)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    _0IncompleteNeedAdditionalImagingEvaluationPriors,
    _1Negative,
    _2Benign,
    _3ProbablyBenign,
    _4Suspicious,
    _4ALowSuspicion,
    _4BIntermediateSuspicion,
    _4CModerateSuspicion,
    _5HighlySuggestiveOfMalignancy,
    _6KnownBiopsyProvenMalignancy,
)
"""The resolved membership: own members, then those of the included groups, in order."""
