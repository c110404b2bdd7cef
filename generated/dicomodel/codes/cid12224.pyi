"""CID 12224 Ultrasound Image Mode.

Extensible, version 20211112, UID 1.2.840.10008.6.1.616.

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
_2DMode: _Final[_groups.Cid12224Code]
DopplerColorFlow: _Final[_groups.Cid12224Code]
MMode: _Final[_groups.Cid12224Code]
DopplerPulsed: _Final[_groups.Cid12224Code]
DopplerContinuousWave: _Final[_groups.Cid12224Code]
PowerDoppler: _Final[_groups.Cid12224Code]
_3DMode: _Final[_groups.Cid12224Code]
TissueDopplerImaging: _Final[_groups.Cid12224Code]
BMode: _Final[_groups.Cid12224Code]
PointShearWaveElastography: _Final[_groups.Cid12224Code]
_2DShearWaveElastography: _Final[_groups.Cid12224Code]
_3DShearWaveElastography: _Final[_groups.Cid12224Code]
_2DSpeckleTracking: _Final[_groups.Cid12224Code]
_3DSpeckleTracking: _Final[_groups.Cid12224Code]
MEMBERS: _Final[tuple[_groups.Cid12224Code, ...]]
