"""CID 217 Visual Explanation.

Extensible, version 20191108, UID 1.2.840.10008.6.1.1305.

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
ClassActivation: _Final[_groups.Cid217Code]
GradientWeightedClassActivation: _Final[_groups.Cid217Code]
Saliency: _Final[_groups.Cid217Code]
MEMBERS: _Final[tuple[_groups.Cid217Code, ...]]
