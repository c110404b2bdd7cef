"""CID 83 Real World Value Mapping Unit.

Extensible, version 20080123, UID 1.2.840.10008.6.1.24.
Includes CID 84.

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
HounsfieldUnit: _Final[_groups.Cid83Code]
Counts: _Final[_groups.Cid83Code]
CountsPerSecond: _Final[_groups.Cid83Code]
ProportionalToCounts: _Final[_groups.Cid83Code]
ProportionalToCountsPerSecond: _Final[_groups.Cid83Code]
Centimeter2: _Final[_groups.Cid83Code]
Centimeter2Milliliter: _Final[_groups.Cid83Code]
Percent: _Final[_groups.Cid83Code]
BecquerelsMilliliter: _Final[_groups.Cid83Code]
MilligramsMinuteMilliliter: _Final[_groups.Cid83Code]
MicromoleMinuteMilliliter: _Final[_groups.Cid83Code]
MilliliterMinuteGram: _Final[_groups.Cid83Code]
MilliliterGram: _Final[_groups.Cid83Code]
Centimeter: _Final[_groups.Cid83Code]
MicromoleMilliliter: _Final[_groups.Cid83Code]
StandardizedUptakeValueBodyWeight: _Final[_groups.Cid83Code]
StandardizedUptakeValueLeanBodyMassJames: _Final[_groups.Cid83Code]
StandardizedUptakeValueLeanBodyMassJames128Multiplier: _Final[_groups.Cid83Code]
StandardizedUptakeValueLeanBodyMassJanma: _Final[_groups.Cid83Code]
StandardizedUptakeValueBodySurfaceArea: _Final[_groups.Cid83Code]
StandardizedUptakeValueIdealBodyWeight: _Final[_groups.Cid83Code]
MEMBERS: _Final[tuple[_groups.Cid83Code, ...]]
