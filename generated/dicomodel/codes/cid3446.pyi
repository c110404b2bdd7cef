"""CID 3446 Skin Condition.

Extensible, version 20030327, UID 1.2.840.10008.6.1.96.

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
SkinConditionWarm: _Final[_Code]
SkinConditionCool: _Final[_Code]
SkinConditionCold: _Final[_Code]
SkinConditionDry: _Final[_Code]
SkinConditionClammy: _Final[_Code]
SkinConditionDiaphoretic: _Final[_Code]
SkinConditionFlush: _Final[_Code]
SkinConditionMottled: _Final[_Code]
SkinConditionPale: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
