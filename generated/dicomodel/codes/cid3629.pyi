"""CID 3629 Procedure Intent.

Extensible, version 20230630, UID 1.2.840.10008.6.1.174.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DiagnosticIntent: _Final[_groups.Cid3629Code]
TherapeuticIntent: _Final[_groups.Cid3629Code]
CombinedDiagnosticAndTherapeuticIntent: _Final[_groups.Cid3629Code]
QualityControlIntent: _Final[_groups.Cid3629Code]
StagingIntent: _Final[_groups.Cid3629Code]
GuidanceIntent: _Final[_groups.Cid3629Code]
PalliativeIntent: _Final[_groups.Cid3629Code]
ScreeningIntent: _Final[_groups.Cid3629Code]
ForensicIntent: _Final[_groups.Cid3629Code]
AdjunctIntent: _Final[_groups.Cid3629Code]
AdjuvantIntent: _Final[_groups.Cid3629Code]
CurativeIntent: _Final[_groups.Cid3629Code]
NeoAdjuvantIntent: _Final[_groups.Cid3629Code]
SupportiveIntent: _Final[_groups.Cid3629Code]
PreventiveIntent: _Final[_groups.Cid3629Code]
ProphylacticIntent: _Final[_groups.Cid3629Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3629Code]]
