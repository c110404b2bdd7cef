"""CID 7183 Abstract Multi-dimensional Image Model Dimension Unit.

Extensible, version 20100825, UID 1.2.840.10008.6.1.920.
Includes CID 7460.

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
Millisecond: _Final[_groups.Cid7183Code]
Second: _Final[_groups.Cid7183Code]
Degree: _Final[_groups.Cid7183Code]
Radian: _Final[_groups.Cid7183Code]
Centimeter: _Final[_groups.Cid7183Code]
Millimeter: _Final[_groups.Cid7183Code]
Micrometer: _Final[_groups.Cid7183Code]
MEMBERS: _Final[tuple[_groups.Cid7183Code, ...]]
