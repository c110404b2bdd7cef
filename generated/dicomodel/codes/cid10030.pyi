"""CID 10030 Detector Type.

Extensible, version 20120406, UID 1.2.840.10008.6.1.959.

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
DirectDetector: _Final[_groups.Cid10030Code]
IndirectDetector: _Final[_groups.Cid10030Code]
StorageDetector: _Final[_groups.Cid10030Code]
Film: _Final[_groups.Cid10030Code]
MEMBERS: _Final[tuple[_groups.Cid10030Code, ...]]
