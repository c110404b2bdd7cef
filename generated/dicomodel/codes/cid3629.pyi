"""CID 3629 Procedure Intent.

Extensible, version 20230630, UID 1.2.840.10008.6.1.174.

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
MEMBERS: _Final[tuple[_groups.Cid3629Code, ...]]
