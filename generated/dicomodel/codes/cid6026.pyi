"""CID 6026 Mammography Assessment.

Extensible, version 20050822, UID 1.2.840.10008.6.1.356.
Includes CID 6027.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
PostProcedureMammogramsForMarkerPlacement: _Final[_groups.Cid6026Code]
_0IncompleteNeedAdditionalImagingEvaluationPriors: _Final[_groups.Cid6026Code]
_1Negative: _Final[_groups.Cid6026Code]
_2Benign: _Final[_groups.Cid6026Code]
_3ProbablyBenign: _Final[_groups.Cid6026Code]
_4Suspicious: _Final[_groups.Cid6026Code]
_4ALowSuspicion: _Final[_groups.Cid6026Code]
_4BIntermediateSuspicion: _Final[_groups.Cid6026Code]
_4CModerateSuspicion: _Final[_groups.Cid6026Code]
_5HighlySuggestiveOfMalignancy: _Final[_groups.Cid6026Code]
_6KnownBiopsyProvenMalignancy: _Final[_groups.Cid6026Code]
MEMBERS: _Final[tuple[_groups.Cid6026Code, ...]]
