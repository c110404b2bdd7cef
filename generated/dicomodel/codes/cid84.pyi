"""CID 84 PET Unit.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1030.
Includes CID 85.

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
Counts: _Final[_groups.Cid84Code]
CountsPerSecond: _Final[_groups.Cid84Code]
ProportionalToCounts: _Final[_groups.Cid84Code]
ProportionalToCountsPerSecond: _Final[_groups.Cid84Code]
Centimeter2: _Final[_groups.Cid84Code]
Centimeter2Milliliter: _Final[_groups.Cid84Code]
Percent: _Final[_groups.Cid84Code]
BecquerelsMilliliter: _Final[_groups.Cid84Code]
MilligramsMinuteMilliliter: _Final[_groups.Cid84Code]
MicromoleMinuteMilliliter: _Final[_groups.Cid84Code]
MilliliterMinuteGram: _Final[_groups.Cid84Code]
MilliliterGram: _Final[_groups.Cid84Code]
Centimeter: _Final[_groups.Cid84Code]
MicromoleMilliliter: _Final[_groups.Cid84Code]
StandardizedUptakeValueBodyWeight: _Final[_groups.Cid84Code]
StandardizedUptakeValueLeanBodyMassJames: _Final[_groups.Cid84Code]
StandardizedUptakeValueLeanBodyMassJames128Multiplier: _Final[_groups.Cid84Code]
StandardizedUptakeValueLeanBodyMassJanma: _Final[_groups.Cid84Code]
StandardizedUptakeValueBodySurfaceArea: _Final[_groups.Cid84Code]
StandardizedUptakeValueIdealBodyWeight: _Final[_groups.Cid84Code]
MEMBERS: _Final[tuple[_groups.Cid84Code, ...]]
