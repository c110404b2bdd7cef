"""CID 3609 Ventricular Source Location.

Extensible, version 20170914, UID 1.2.840.10008.6.1.159.

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
CommonVentricle: _Final[_groups.Cid3609Code]
LeftVentricle: _Final[_groups.Cid3609Code]
LeftVentricleApex: _Final[_groups.Cid3609Code]
LeftVentricleInflow: _Final[_groups.Cid3609Code]
LeftVentricleOutflowTract: _Final[_groups.Cid3609Code]
RightVentricle: _Final[_groups.Cid3609Code]
RightVentricleApex: _Final[_groups.Cid3609Code]
RightVentricleInflow: _Final[_groups.Cid3609Code]
RightVentricleOutflowTract: _Final[_groups.Cid3609Code]
MEMBERS: _Final[tuple[_groups.Cid3609Code, ...]]
