"""CID 3839 Coronary Vein.

Extensible, version 20110818, UID 1.2.840.10008.6.1.289.

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
AzygosVein: _Final[_groups.Cid3839Code]
CoronarySinus: _Final[_groups.Cid3839Code]
GreatCardiacVein: _Final[_groups.Cid3839Code]
SmallCardiacVein: _Final[_groups.Cid3839Code]
AnteriorCardiacVein: _Final[_groups.Cid3839Code]
AtrialVein: _Final[_groups.Cid3839Code]
AtrioventricularVein: _Final[_groups.Cid3839Code]
MiddleCardiacVein: _Final[_groups.Cid3839Code]
VentricularVein: _Final[_groups.Cid3839Code]
SmallestCardiacVein: _Final[_groups.Cid3839Code]
MEMBERS: _Final[tuple[_groups.Cid3839Code, ...]]
