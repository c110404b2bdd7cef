"""CID 3467 Ejection Fraction.

Extensible, version 20040614, UID 1.2.840.10008.6.1.109.

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
LeftVentricularEjectionFractionByAngiography: _Final[_groups.Cid3467Code]
RightVentricularEjectionFractionByAngiography: _Final[_groups.Cid3467Code]
LeftAtrialEjectionFractionByAngiography: _Final[_groups.Cid3467Code]
MEMBERS: _Final[tuple[_groups.Cid3467Code, ...]]
