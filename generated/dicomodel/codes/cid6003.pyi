"""CID 6003 Change Since Last Mammogram or Prior Surgery from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.333.

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
NewFinding: _Final[_groups.Cid6003Code]
FindingPartiallyRemoved: _Final[_groups.Cid6003Code]
NoSignificantChangesInTheFinding: _Final[_groups.Cid6003Code]
IncreaseInSize: _Final[_groups.Cid6003Code]
DecreaseInSize: _Final[_groups.Cid6003Code]
IncreaseInNumberOfCalcifications: _Final[_groups.Cid6003Code]
DecreaseInNumberOfCalcifications: _Final[_groups.Cid6003Code]
LessDefined: _Final[_groups.Cid6003Code]
MoreDefined: _Final[_groups.Cid6003Code]
RemovalOfImplantSincePreviousMammogram: _Final[_groups.Cid6003Code]
ImplantRevisedSincePreviousMammogram: _Final[_groups.Cid6003Code]
MEMBERS: _Final[tuple[_groups.Cid6003Code, ...]]
