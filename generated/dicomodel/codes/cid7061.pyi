"""CID 7061 Model Document Title.

Extensible, version 20180403, UID 1.2.840.10008.6.1.1202.

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
SourceImage: _Final[_groups.Cid7061Code]
MR3DCAMModel: _Final[_groups.Cid7061Code]
CT3DCAMModel: _Final[_groups.Cid7061Code]
US3DCAMModel: _Final[_groups.Cid7061Code]
MixedModality3DCAMModel: _Final[_groups.Cid7061Code]
PhotogrammetricImaging3DCAMModel: _Final[_groups.Cid7061Code]
LaserScanning3DCAMModel: _Final[_groups.Cid7061Code]
MEMBERS: _Final[tuple[_groups.Cid7061Code, ...]]
