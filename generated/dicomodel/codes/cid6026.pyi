"""CID 6026 Mammography Assessment.

Extensible, version 20050822, UID 1.2.840.10008.6.1.356.
Includes CID 6027.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PostProcedureMammogramsForMarkerPlacement: _Final[_groups.Cid6026Code]
V0IncompleteNeedAdditionalImagingEvaluationPriors: _Final[_groups.Cid6026Code]
V1Negative: _Final[_groups.Cid6026Code]
V2Benign: _Final[_groups.Cid6026Code]
V3ProbablyBenign: _Final[_groups.Cid6026Code]
V4Suspicious: _Final[_groups.Cid6026Code]
V4ALowSuspicion: _Final[_groups.Cid6026Code]
V4BIntermediateSuspicion: _Final[_groups.Cid6026Code]
V4CModerateSuspicion: _Final[_groups.Cid6026Code]
V5HighlySuggestiveOfMalignancy: _Final[_groups.Cid6026Code]
V6KnownBiopsyProvenMalignancy: _Final[_groups.Cid6026Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6026Code]]
