"""CID 3254 Electrophysiology Procedure Phase.

Extensible, version 20020904, UID 1.2.840.10008.6.1.56.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
AtrialEffectiveRefractoryPeriodEvaluationOf: _Final[_Code]
CarotidSinusMassageProcedurePhase: _Final[_Code]
ElectrophysiologyMappingPhase: _Final[_Code]
ElectrophysiologyProcedureBaselinePhase: _Final[_Code]
PostAblationPhase: _Final[_Code]
PostDefibrillationProcedurePhase: _Final[_Code]
RadiofrequencyAblationProcedurePhase: _Final[_Code]
SinusNodeRecoveryTimeEvaluationOf: _Final[_Code]
VentricularEffectiveRefractoryPeriodEvaluationOf: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
