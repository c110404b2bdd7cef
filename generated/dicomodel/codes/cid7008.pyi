"""CID 7008 Media Import.

Extensible, version 20061024, UID 1.2.840.10008.6.1.489.

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
SheetFilmDigitized: _Final[_groups.Cid7008Code]
CineFilmDigitized: _Final[_groups.Cid7008Code]
VideoTapeDigitized: _Final[_groups.Cid7008Code]
PaperDigitized: _Final[_groups.Cid7008Code]
CDImported: _Final[_groups.Cid7008Code]
DVDImported: _Final[_groups.Cid7008Code]
MODImported: _Final[_groups.Cid7008Code]
StudiesImported: _Final[_groups.Cid7008Code]
InstancesImported: _Final[_groups.Cid7008Code]
MEMBERS: _Final[tuple[_groups.Cid7008Code, ...]]
