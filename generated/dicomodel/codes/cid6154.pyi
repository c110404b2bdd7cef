"""CID 6154 Echo Pattern.

Extensible, version 20050822, UID 1.2.840.10008.6.1.469.

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
Anechoic: _Final[_groups.Cid6154Code]
Hyperechoic: _Final[_groups.Cid6154Code]
Complex: _Final[_groups.Cid6154Code]
Hypoechoic: _Final[_groups.Cid6154Code]
Isoechoic: _Final[_groups.Cid6154Code]
MEMBERS: _Final[tuple[_groups.Cid6154Code, ...]]
