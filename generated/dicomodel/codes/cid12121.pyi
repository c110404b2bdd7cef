"""CID 12121 Vascular Index/Ratio.

Extensible, version 20050110, UID 1.2.840.10008.6.1.587.

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
AccelerationIndex: _Final[_groups.Cid12121Code]
LumenAreaStenosis: _Final[_groups.Cid12121Code]
LumenDiameterStenosis: _Final[_groups.Cid12121Code]
PulsatilityIndex: _Final[_groups.Cid12121Code]
ResistivityIndex: _Final[_groups.Cid12121Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12121Code]
VelocityRatio: _Final[_groups.Cid12121Code]
MEMBERS: _Final[tuple[_groups.Cid12121Code, ...]]
