"""CID 6027 Assessment from BI-RADS®.

Extensible, version 20050822, UID 1.2.840.10008.6.1.357.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

V0IncompleteNeedAdditionalImagingEvaluationPriors: _Final[_groups.Cid6027Code]
V1Negative: _Final[_groups.Cid6027Code]
V2Benign: _Final[_groups.Cid6027Code]
V3ProbablyBenign: _Final[_groups.Cid6027Code]
V4Suspicious: _Final[_groups.Cid6027Code]
V4ALowSuspicion: _Final[_groups.Cid6027Code]
V4BIntermediateSuspicion: _Final[_groups.Cid6027Code]
V4CModerateSuspicion: _Final[_groups.Cid6027Code]
V5HighlySuggestiveOfMalignancy: _Final[_groups.Cid6027Code]
V6KnownBiopsyProvenMalignancy: _Final[_groups.Cid6027Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6027Code]]
