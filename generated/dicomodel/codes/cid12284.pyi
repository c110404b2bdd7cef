"""CID 12284 Cardiac Ultrasound Atria and Atrial Septum Finding Site.

Extensible, version 20160314, UID 1.2.840.10008.6.1.864.

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
RightAtrium: _Final[_groups.Cid12284Code]
LeftAtrium: _Final[_groups.Cid12284Code]
CommonAtrium: _Final[_groups.Cid12284Code]
LeftAuricularAppendage: _Final[_groups.Cid12284Code]
RightAuricularAppendage: _Final[_groups.Cid12284Code]
InteratrialSeptumStructure: _Final[_groups.Cid12284Code]
AtrialSeptalDefect: _Final[_groups.Cid12284Code]
LimbusOfFossaOvalis: _Final[_groups.Cid12284Code]
PatentForamenOvale: _Final[_groups.Cid12284Code]
FontanFenestration: _Final[_groups.Cid12284Code]
FontanBaffleLeak: _Final[_groups.Cid12284Code]
MEMBERS: _Final[tuple[_groups.Cid12284Code, ...]]
