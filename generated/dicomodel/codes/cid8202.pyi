"""CID 8202 Surface Scan Mode Type.

Extensible, version 20121129, UID 1.2.840.10008.6.1.954.

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
TurntableScanMethod: _Final[_groups.Cid8202Code]
HighResolution: _Final[_groups.Cid8202Code]
FastMode: _Final[_groups.Cid8202Code]
Checkerboard: _Final[_groups.Cid8202Code]
MEMBERS: _Final[tuple[_groups.Cid8202Code, ...]]
