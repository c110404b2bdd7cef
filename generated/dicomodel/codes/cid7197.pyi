"""CID 7197 Body Substance Segmentation Property Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1196.

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
Bile: _Final[_groups.Cid7197Code]
BodyFluid: _Final[_groups.Cid7197Code]
Feces: _Final[_groups.Cid7197Code]
Gas: _Final[_groups.Cid7197Code]
Urine: _Final[_groups.Cid7197Code]
MEMBERS: _Final[tuple[_groups.Cid7197Code, ...]]
