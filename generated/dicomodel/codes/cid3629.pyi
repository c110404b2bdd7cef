"""CID 3629 Procedure Intent.

Extensible, version 20230630, UID 1.2.840.10008.6.1.174.

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
DiagnosticIntent: _Final[_Code]
TherapeuticIntent: _Final[_Code]
CombinedDiagnosticAndTherapeuticIntent: _Final[_Code]
QualityControlIntent: _Final[_Code]
StagingIntent: _Final[_Code]
GuidanceIntent: _Final[_Code]
PalliativeIntent: _Final[_Code]
ScreeningIntent: _Final[_Code]
ForensicIntent: _Final[_Code]
AdjunctIntent: _Final[_Code]
AdjuvantIntent: _Final[_Code]
CurativeIntent: _Final[_Code]
NeoAdjuvantIntent: _Final[_Code]
SupportiveIntent: _Final[_Code]
PreventiveIntent: _Final[_Code]
ProphylacticIntent: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
