"""CID 3254 Electrophysiology Procedure Phase.

Extensible, version 20020904, UID 1.2.840.10008.6.1.56.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AtrialEffectiveRefractoryPeriodEvaluationOf: _Final[_groups.Cid3254Code]
CarotidSinusMassageProcedurePhase: _Final[_groups.Cid3254Code]
ElectrophysiologyMappingPhase: _Final[_groups.Cid3254Code]
ElectrophysiologyProcedureBaselinePhase: _Final[_groups.Cid3254Code]
PostAblationPhase: _Final[_groups.Cid3254Code]
PostDefibrillationProcedurePhase: _Final[_groups.Cid3254Code]
RadiofrequencyAblationProcedurePhase: _Final[_groups.Cid3254Code]
SinusNodeRecoveryTimeEvaluationOf: _Final[_groups.Cid3254Code]
VentricularEffectiveRefractoryPeriodEvaluationOf: _Final[_groups.Cid3254Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3254Code]]
