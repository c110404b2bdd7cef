"""CID 12224 Ultrasound Image Mode.

Extensible, version 20211112, UID 1.2.840.10008.6.1.616.

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
_2DMode: _Final[_Code]
DopplerColorFlow: _Final[_Code]
MMode: _Final[_Code]
DopplerPulsed: _Final[_Code]
DopplerContinuousWave: _Final[_Code]
PowerDoppler: _Final[_Code]
_3DMode: _Final[_Code]
TissueDopplerImaging: _Final[_Code]
BMode: _Final[_Code]
PointShearWaveElastography: _Final[_Code]
_2DShearWaveElastography: _Final[_Code]
_3DShearWaveElastography: _Final[_Code]
_2DSpeckleTracking: _Final[_Code]
_3DSpeckleTracking: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
