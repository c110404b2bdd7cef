"""CID 6044 Image Quality Assessment Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.374.

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
UnusableQualityRendersImageUnusable: _Final[_groups.Cid6044Code]
UsableDoesNotMeetTheQualityControlStandard: _Final[_groups.Cid6044Code]
UsableMeetsTheQualityControlStandard: _Final[_groups.Cid6044Code]
MEMBERS: _Final[tuple[_groups.Cid6044Code, ...]]
