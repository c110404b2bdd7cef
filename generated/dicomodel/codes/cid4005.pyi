"""CID 4005 Partial View Section for Mammography.

Non-extensible, version 20050110, UID 1.2.840.10008.6.1.292.

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
Anterior: _Final[_groups.Cid4005Code]
Posterior: _Final[_groups.Cid4005Code]
Superior: _Final[_groups.Cid4005Code]
Inferior: _Final[_groups.Cid4005Code]
Medial: _Final[_groups.Cid4005Code]
Lateral: _Final[_groups.Cid4005Code]
Central: _Final[_groups.Cid4005Code]
MEMBERS: _Final[tuple[_groups.Cid4005Code, ...]]
