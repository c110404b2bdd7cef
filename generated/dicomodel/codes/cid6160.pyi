"""CID 6160 Breast Primary Tumor Assessment From AJCC.

Extensible, version 20230630, UID 1.2.840.10008.6.1.474.

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
Ptx: _Final[_Code]
Pt0: _Final[_Code]
Ptis: _Final[_Code]
PtisDCIS: _Final[_Code]
PtisPaget: _Final[_Code]
Pt1: _Final[_Code]
Pt1mi: _Final[_Code]
Pt1a: _Final[_Code]
Pt1b: _Final[_Code]
Pt1c: _Final[_Code]
Pt2: _Final[_Code]
Pt3: _Final[_Code]
Pt4: _Final[_Code]
Pt4a: _Final[_Code]
Pt4b: _Final[_Code]
Pt4c: _Final[_Code]
Pt4d: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
