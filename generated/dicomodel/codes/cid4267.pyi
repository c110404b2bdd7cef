"""CID 4267 Corneal Topography Mapping Unit for Real World Value Mapping.

Extensible, version 20131014, UID 1.2.840.10008.6.1.965.

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
Micrometer: _Final[_groups.Cid4267Code]
Diopters: _Final[_groups.Cid4267Code]
mm: _Final[_groups.Cid4267Code]
MEMBERS: _Final[tuple[_groups.Cid4267Code, ...]]
