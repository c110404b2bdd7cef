"""CID 7182 Abstract Multi-dimensional Image Model Dimension Semantic.

Extensible, version 20100825, UID 1.2.840.10008.6.1.919.

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
LinearDisplacement: _Final[_groups.Cid7182Code]
PhotonEnergy: _Final[_groups.Cid7182Code]
Time: _Final[_groups.Cid7182Code]
Angle: _Final[_groups.Cid7182Code]
MEMBERS: _Final[tuple[_groups.Cid7182Code, ...]]
