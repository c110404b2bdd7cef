"""CID 6139 Non-lesion Modifier.

Extensible, version 20030108, UID 1.2.840.10008.6.1.459.

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
Internal: _Final[_groups.Cid6139Code]
External: _Final[_groups.Cid6139Code]
MEMBERS: _Final[tuple[_groups.Cid6139Code, ...]]
