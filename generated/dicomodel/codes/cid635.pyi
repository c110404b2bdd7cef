"""CID 635 Heating Method.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1100.

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
AirHeatingPad: _Final[_Code]
ElectricBlanket: _Final[_Code]
ElectricHeatingPad: _Final[_Code]
ForcedAirHeater: _Final[_Code]
ForcedAirWarmingBlanket: _Final[_Code]
HeatedImagingDevice: _Final[_Code]
HeatedPatientSupport: _Final[_Code]
HeatedWaterBlanket: _Final[_Code]
HeatLamp: _Final[_Code]
NonElectricHeatingPad: _Final[_Code]
PreHeatedPad: _Final[_Code]
Unheated: _Final[_Code]
WarmerDevice: _Final[_Code]
WarmingBlanket: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
