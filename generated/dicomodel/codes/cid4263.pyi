"""CID 4263 Ophthalmic Thickness Map Value Type.

Extensible, version 20110825, UID 1.2.840.10008.6.1.939.

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
AbsoluteOphthalmicThickness: _Final[_groups.Cid4263Code]
ThicknessDeviationCategoryFromNormativeData: _Final[_groups.Cid4263Code]
ThicknessDeviationFromNormativeData: _Final[_groups.Cid4263Code]
MEMBERS: _Final[tuple[_groups.Cid4263Code, ...]]
