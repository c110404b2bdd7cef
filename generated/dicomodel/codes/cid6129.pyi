"""CID 6129 Chest Site Involvement.

Extensible, version 20240611, UID 1.2.840.10008.6.1.449.

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
Lung: _Final[_groups.Cid6129Code]
Mediastinum: _Final[_groups.Cid6129Code]
Lobar: _Final[_groups.Cid6129Code]
InterstitialTissue: _Final[_groups.Cid6129Code]
Bronchial: _Final[_groups.Cid6129Code]
HilumOfLung: _Final[_groups.Cid6129Code]
Aorta: _Final[_groups.Cid6129Code]
PleuralStructure: _Final[_groups.Cid6129Code]
ChestWall: _Final[_groups.Cid6129Code]
UpperAbdomen: _Final[_groups.Cid6129Code]
MEMBERS: _Final[tuple[_groups.Cid6129Code, ...]]
