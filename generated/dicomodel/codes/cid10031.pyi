"""CID 10031 CR/DR Mechanical Configuration.

Extensible, version 20120406, UID 1.2.840.10008.6.1.960.

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
UnmountedDetector: _Final[_groups.Cid10031Code]
TableMount: _Final[_groups.Cid10031Code]
UprightStandMount: _Final[_groups.Cid10031Code]
CArmMount: _Final[_groups.Cid10031Code]
MEMBERS: _Final[tuple[_groups.Cid10031Code, ...]]
