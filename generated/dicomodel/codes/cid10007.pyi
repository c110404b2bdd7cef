"""CID 10007 X-Ray Filter Type.

Extensible, version 20131010, UID 1.2.840.10008.6.1.540.

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
StripFilter: _Final[_groups.Cid10007Code]
WedgeFilter: _Final[_groups.Cid10007Code]
ButterflyFilter: _Final[_groups.Cid10007Code]
FlatFilter: _Final[_groups.Cid10007Code]
NoFilter: _Final[_groups.Cid10007Code]
MEMBERS: _Final[tuple[_groups.Cid10007Code, ...]]
