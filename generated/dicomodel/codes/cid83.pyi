"""CID 83 Real World Value Mapping Unit.

Extensible, version 20080123, UID 1.2.840.10008.6.1.24.
Includes CID 84.

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
HounsfieldUnit: _Final[_Code]
Counts: _Final[_Code]
CountsPerSecond: _Final[_Code]
ProportionalToCounts: _Final[_Code]
ProportionalToCountsPerSecond: _Final[_Code]
Centimeter2: _Final[_Code]
Centimeter2Milliliter: _Final[_Code]
Percent: _Final[_Code]
BecquerelsMilliliter: _Final[_Code]
MilligramsMinuteMilliliter: _Final[_Code]
MicromoleMinuteMilliliter: _Final[_Code]
MilliliterMinuteGram: _Final[_Code]
MilliliterGram: _Final[_Code]
Centimeter: _Final[_Code]
MicromoleMilliliter: _Final[_Code]
StandardizedUptakeValueBodyWeight: _Final[_Code]
StandardizedUptakeValueLeanBodyMassJames: _Final[_Code]
StandardizedUptakeValueLeanBodyMassJames128Multiplier: _Final[_Code]
StandardizedUptakeValueLeanBodyMassJanma: _Final[_Code]
StandardizedUptakeValueBodySurfaceArea: _Final[_Code]
StandardizedUptakeValueIdealBodyWeight: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
