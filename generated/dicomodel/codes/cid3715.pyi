"""CID 3715 Lesion Margin.

Extensible, version 20050614, UID 1.2.840.10008.6.1.216.

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
Smooth: _Final[_groups.Cid3715Code]
Irregular: _Final[_groups.Cid3715Code]
MultipleIrregularities: _Final[_groups.Cid3715Code]
Ulcerative: _Final[_groups.Cid3715Code]
MEMBERS: _Final[tuple[_groups.Cid3715Code, ...]]
