"""CID 6108 Chest Anatomic Structure Abnormal Distribution.

Extensible, version 20030108, UID 1.2.840.10008.6.1.428.

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
AirTrapping: _Final[_groups.Cid6108Code]
ArchitecturalDistortion: _Final[_groups.Cid6108Code]
MosaicPerfusion: _Final[_groups.Cid6108Code]
Oligemia: _Final[_groups.Cid6108Code]
Pleonemia: _Final[_groups.Cid6108Code]
MEMBERS: _Final[tuple[_groups.Cid6108Code, ...]]
