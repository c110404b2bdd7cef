"""CID 4256 Visual Field Procedure Modifier.

Extensible, version 20100827, UID 1.2.840.10008.6.1.915.

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
Screening: _Final[_groups.Cid4256Code]
Diagnostic: _Final[_groups.Cid4256Code]
MEMBERS: _Final[tuple[_groups.Cid4256Code, ...]]
