"""CID 3409 Drug/Contrast Administration.

Extensible, version 20030327, UID 1.2.840.10008.6.1.74.

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
DrugStart: _Final[_groups.Cid3409Code]
DrugEnd: _Final[_groups.Cid3409Code]
DrugAdministered: _Final[_groups.Cid3409Code]
ContrastStart: _Final[_groups.Cid3409Code]
ContrastEnd: _Final[_groups.Cid3409Code]
ContrastAdministered: _Final[_groups.Cid3409Code]
InfusateStart: _Final[_groups.Cid3409Code]
InfusateEnd: _Final[_groups.Cid3409Code]
MEMBERS: _Final[tuple[_groups.Cid3409Code, ...]]
