"""CID 3711 Valvular Abnormality.

Extensible, version 20160314, UID 1.2.840.10008.6.1.212.

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
Stenosis: _Final[_groups.Cid3711Code]
Regurgitation: _Final[_groups.Cid3711Code]
CalcifiedHeartValve: _Final[_groups.Cid3711Code]
ImmobileHeartValve: _Final[_groups.Cid3711Code]
HeartValveFlail: _Final[_groups.Cid3711Code]
ValvularEndocarditis: _Final[_groups.Cid3711Code]
MEMBERS: _Final[tuple[_groups.Cid3711Code, ...]]
