"""CID 6027 Assessment from BI-RADS®.

Extensible, version 20050822, UID 1.2.840.10008.6.1.357.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6027
NAME: _Final[str] = "Assessment from BI-RADS®"
KEYWORD: _Final[str | None] = "AssessmentFromBIRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.357"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050822"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

V0IncompleteNeedAdditionalImagingEvaluationPriors: _Final[_Code] = _Code(
    "SCT", "397138000", "0 - Incomplete - Need additional imaging evaluation +/- priors", (6027,)
)
"""0 - Incomplete - Need additional imaging evaluation +/- priors (SCT 397138000)."""

V1Negative: _Final[_Code] = _Code("SCT", "397140005", "1 - Negative", (6027,))
"""1 - Negative (SCT 397140005)."""

V2Benign: _Final[_Code] = _Code("SCT", "397141009", "2 - Benign", (6027,))
"""2 - Benign (SCT 397141009)."""

V3ProbablyBenign: _Final[_Code] = _Code("SCT", "397143007", "3 - Probably Benign", (6027,))
"""3 - Probably Benign (SCT 397143007)."""

V4Suspicious: _Final[_Code] = _Code("SCT", "397144001", "4 - Suspicious", (6027,))
"""4 - Suspicious (SCT 397144001)."""

V4ALowSuspicion: _Final[_Code] = _Code("BI", "MA.II.A.5.4A", "4A - Low suspicion", (6027,))
"""4A - Low suspicion (BI MA.II.A.5.4A)."""

V4BIntermediateSuspicion: _Final[_Code] = _Code(
    "BI", "MA.II.A.5.4B", "4B - Intermediate suspicion", (6027,)
)
"""4B - Intermediate suspicion (BI MA.II.A.5.4B)."""

V4CModerateSuspicion: _Final[_Code] = _Code(
    "BI", "MA.II.A.5.4C", "4C - Moderate suspicion", (6027,)
)
"""4C - Moderate suspicion (BI MA.II.A.5.4C)."""

V5HighlySuggestiveOfMalignancy: _Final[_Code] = _Code(
    "SCT", "397145000", "5 - Highly suggestive of malignancy", (6027,)
)
"""5 - Highly suggestive of malignancy (SCT 397145000)."""

V6KnownBiopsyProvenMalignancy: _Final[_Code] = _Code(
    "BI", "MA.II.A.5.6", "6 - Known biopsy proven malignancy", (6027,)
)
"""6 - Known biopsy proven malignancy (BI MA.II.A.5.6)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_0IncompleteNeedAdditionalImagingEvaluationPriors: _Final[_Code] = (
    V0IncompleteNeedAdditionalImagingEvaluationPriors
)
_1Negative: _Final[_Code] = V1Negative
_2Benign: _Final[_Code] = V2Benign
_3ProbablyBenign: _Final[_Code] = V3ProbablyBenign
_4Suspicious: _Final[_Code] = V4Suspicious
_4ALowSuspicion: _Final[_Code] = V4ALowSuspicion
_4BIntermediateSuspicion: _Final[_Code] = V4BIntermediateSuspicion
_4CModerateSuspicion: _Final[_Code] = V4CModerateSuspicion
_5HighlySuggestiveOfMalignancy: _Final[_Code] = V5HighlySuggestiveOfMalignancy
_6KnownBiopsyProvenMalignancy: _Final[_Code] = V6KnownBiopsyProvenMalignancy

MEMBERS: _Final[tuple[_Code, ...]] = (
    V0IncompleteNeedAdditionalImagingEvaluationPriors,
    V1Negative,
    V2Benign,
    V3ProbablyBenign,
    V4Suspicious,
    V4ALowSuspicion,
    V4BIntermediateSuspicion,
    V4CModerateSuspicion,
    V5HighlySuggestiveOfMalignancy,
    V6KnownBiopsyProvenMalignancy,
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
