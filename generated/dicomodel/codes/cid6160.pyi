"""CID 6160 Breast Primary Tumor Assessment From AJCC.

Extensible, version 20230630, UID 1.2.840.10008.6.1.474.

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
Ptx: _Final[_groups.Cid6160Code]
Pt0: _Final[_groups.Cid6160Code]
Ptis: _Final[_groups.Cid6160Code]
PtisDCIS: _Final[_groups.Cid6160Code]
PtisPaget: _Final[_groups.Cid6160Code]
Pt1: _Final[_groups.Cid6160Code]
Pt1mi: _Final[_groups.Cid6160Code]
Pt1a: _Final[_groups.Cid6160Code]
Pt1b: _Final[_groups.Cid6160Code]
Pt1c: _Final[_groups.Cid6160Code]
Pt2: _Final[_groups.Cid6160Code]
Pt3: _Final[_groups.Cid6160Code]
Pt4: _Final[_groups.Cid6160Code]
Pt4a: _Final[_groups.Cid6160Code]
Pt4b: _Final[_groups.Cid6160Code]
Pt4c: _Final[_groups.Cid6160Code]
Pt4d: _Final[_groups.Cid6160Code]
MEMBERS: _Final[tuple[_groups.Cid6160Code, ...]]
