"""CID 6003 Change Since Last Mammogram or Prior Surgery from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.333.

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
NewFinding: _Final[_Code]
FindingPartiallyRemoved: _Final[_Code]
NoSignificantChangesInTheFinding: _Final[_Code]
IncreaseInSize: _Final[_Code]
DecreaseInSize: _Final[_Code]
IncreaseInNumberOfCalcifications: _Final[_Code]
DecreaseInNumberOfCalcifications: _Final[_Code]
LessDefined: _Final[_Code]
MoreDefined: _Final[_Code]
RemovalOfImplantSincePreviousMammogram: _Final[_Code]
ImplantRevisedSincePreviousMammogram: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
