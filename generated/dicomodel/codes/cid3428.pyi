"""CID 3428 Cardiovascular Imaging Procedure.

Extensible, version 20180325, UID 1.2.840.10008.6.1.90.

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
Angiography: _Final[_Code]
Aortography: _Final[_Code]
CoronaryArteriography: _Final[_Code]
CardiacVentriculography: _Final[_Code]
LeftVentriculography: _Final[_Code]
RightVentriculography: _Final[_Code]
BypassGraftAngiography: _Final[_Code]
ArterialConduitAngiography: _Final[_Code]
TransesophagealEchocardiography: _Final[_Code]
TransthoracicEchocardiography: _Final[_Code]
EpicardialEchocardiography: _Final[_Code]
IntravascularUltrasound: _Final[_Code]
IntracardiacEchocardiography: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
