"""CID 4237 Lens Constant Type.

Extensible, version 20190124, UID 1.2.840.10008.6.1.883.

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
AConstant: _Final[_groups.Cid4237Code]
ACDConstant: _Final[_groups.Cid4237Code]
HaigisA0: _Final[_groups.Cid4237Code]
HaigisA1: _Final[_groups.Cid4237Code]
HaigisA2: _Final[_groups.Cid4237Code]
HofferPacdConstant: _Final[_groups.Cid4237Code]
SurgeonFactor: _Final[_groups.Cid4237Code]
BarrettLensFactor: _Final[_groups.Cid4237Code]
BarrettDesignFactor: _Final[_groups.Cid4237Code]
MEMBERS: _Final[tuple[_groups.Cid4237Code, ...]]
