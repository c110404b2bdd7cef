"""CID 12284 Cardiac Ultrasound Atria and Atrial Septum Finding Site.

Extensible, version 20160314, UID 1.2.840.10008.6.1.864.

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
RightAtrium: _Final[_Code]
LeftAtrium: _Final[_Code]
CommonAtrium: _Final[_Code]
LeftAuricularAppendage: _Final[_Code]
RightAuricularAppendage: _Final[_Code]
InteratrialSeptumStructure: _Final[_Code]
AtrialSeptalDefect: _Final[_Code]
LimbusOfFossaOvalis: _Final[_Code]
PatentForamenOvale: _Final[_Code]
FontanFenestration: _Final[_Code]
FontanBaffleLeak: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
