"""CID 3428 Cardiovascular Imaging Procedure.

Extensible, version 20180325, UID 1.2.840.10008.6.1.90.

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
Angiography: _Final[_groups.Cid3428Code]
Aortography: _Final[_groups.Cid3428Code]
CoronaryArteriography: _Final[_groups.Cid3428Code]
CardiacVentriculography: _Final[_groups.Cid3428Code]
LeftVentriculography: _Final[_groups.Cid3428Code]
RightVentriculography: _Final[_groups.Cid3428Code]
BypassGraftAngiography: _Final[_groups.Cid3428Code]
ArterialConduitAngiography: _Final[_groups.Cid3428Code]
TransesophagealEchocardiography: _Final[_groups.Cid3428Code]
TransthoracicEchocardiography: _Final[_groups.Cid3428Code]
EpicardialEchocardiography: _Final[_groups.Cid3428Code]
IntravascularUltrasound: _Final[_groups.Cid3428Code]
IntracardiacEchocardiography: _Final[_groups.Cid3428Code]
MEMBERS: _Final[tuple[_groups.Cid3428Code, ...]]
