"""CID 3122 Ventricular Enlargement.

Extensible, version 20080927, UID 1.2.840.10008.6.1.754.

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
NormalSizeCardiacChamber: _Final[_groups.Cid3122Code]
MildlyEnlargedCardiacChamber: _Final[_groups.Cid3122Code]
ModeratelyEnlargedCardiacChamber: _Final[_groups.Cid3122Code]
MarkedlyEnlargedCardiacChamber: _Final[_groups.Cid3122Code]
MEMBERS: _Final[tuple[_groups.Cid3122Code, ...]]
