"""CID 7008 Media Import.

Extensible, version 20061024, UID 1.2.840.10008.6.1.489.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
SheetFilmDigitized: _Final[_Code]
CineFilmDigitized: _Final[_Code]
VideoTapeDigitized: _Final[_Code]
PaperDigitized: _Final[_Code]
CDImported: _Final[_Code]
DVDImported: _Final[_Code]
MODImported: _Final[_Code]
StudiesImported: _Final[_Code]
InstancesImported: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
