"""CID 7181 Abstract Multi-dimensional Image Model Component Unit.

Extensible, version 20180605, UID 1.2.840.10008.6.1.918.
Includes CID 3500, CID 3502, CID 3503, CID 7460, CID 7461, CID 7462, CID 84, CID 7277, CID 10071.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NoUnits: _Final[_groups.Cid7181Code]
Ratio: _Final[_groups.Cid7181Code]
HounsfieldUnit: _Final[_groups.Cid7181Code]
Counts: _Final[_groups.Cid7181Code]
CountsPerSecond: _Final[_groups.Cid7181Code]
ArbitraryUnit: _Final[_groups.Cid7181Code]
Ppm: _Final[_groups.Cid7181Code]
CentimeterSecond: _Final[_groups.Cid7181Code]
MillimeterSecond: _Final[_groups.Cid7181Code]
Decibel: _Final[_groups.Cid7181Code]
DegreesCelsius: _Final[_groups.Cid7181Code]
MilliliterPerMinute: _Final[_groups.Cid7181Code]
MilliliterPerSecond: _Final[_groups.Cid7181Code]
Millisecond: _Final[_groups.Cid7181Code]
Second: _Final[_groups.Cid7181Code]
Hertz: _Final[_groups.Cid7181Code]
Millitesla: _Final[_groups.Cid7181Code]
NumberParticlesPer100GramOfTissue: _Final[_groups.Cid7181Code]
SecondPerSquareMillimeter: _Final[_groups.Cid7181Code]
MilliliterPer100GramPerMinute: _Final[_groups.Cid7181Code]
MilliliterPer100Milliliter: _Final[_groups.Cid7181Code]
MillimolesPerkgWetWeight: _Final[_groups.Cid7181Code]
Min: _Final[_groups.Cid7181Code]
S: _Final[_groups.Cid7181Code]
Mmhg: _Final[_groups.Cid7181Code]
Kpa: _Final[_groups.Cid7181Code]
PRU: _Final[_groups.Cid7181Code]
WoodU: _Final[_groups.Cid7181Code]
DynScm5: _Final[_groups.Cid7181Code]
PRUM2: _Final[_groups.Cid7181Code]
WoodUM2: _Final[_groups.Cid7181Code]
DynScm5M2: _Final[_groups.Cid7181Code]
Centimeter_cm: _Final[_groups.Cid7181Code]
Millimeter: _Final[_groups.Cid7181Code]
Micrometer: _Final[_groups.Cid7181Code]
SquareCentimeter: _Final[_groups.Cid7181Code]
SquareMillimeter: _Final[_groups.Cid7181Code]
SquareMicrometer: _Final[_groups.Cid7181Code]
CubicDecimeter: _Final[_groups.Cid7181Code]
CubicCentimeter: _Final[_groups.Cid7181Code]
CubicMillimeter: _Final[_groups.Cid7181Code]
CubicMicrometer: _Final[_groups.Cid7181Code]
ProportionalToCounts: _Final[_groups.Cid7181Code]
ProportionalToCountsPerSecond: _Final[_groups.Cid7181Code]
Centimeter2Milliliter: _Final[_groups.Cid7181Code]
Percent: _Final[_groups.Cid7181Code]
BecquerelsMilliliter: _Final[_groups.Cid7181Code]
MilligramsMinuteMilliliter: _Final[_groups.Cid7181Code]
MicromoleMinuteMilliliter: _Final[_groups.Cid7181Code]
MilliliterMinuteGram: _Final[_groups.Cid7181Code]
MilliliterGram: _Final[_groups.Cid7181Code]
Centimeter__cm: _Final[_groups.Cid7181Code]
MicromoleMilliliter: _Final[_groups.Cid7181Code]
StandardizedUptakeValueBodyWeight: _Final[_groups.Cid7181Code]
StandardizedUptakeValueLeanBodyMassJames: _Final[_groups.Cid7181Code]
StandardizedUptakeValueLeanBodyMassJames128Multiplier: _Final[_groups.Cid7181Code]
StandardizedUptakeValueLeanBodyMassJanma: _Final[_groups.Cid7181Code]
StandardizedUptakeValueBodySurfaceArea: _Final[_groups.Cid7181Code]
StandardizedUptakeValueIdealBodyWeight: _Final[_groups.Cid7181Code]
Mm2S: _Final[_groups.Cid7181Code]
Um2ms: _Final[_groups.Cid7181Code]
Um2S: _Final[_groups.Cid7181Code]
V106Mm2S: _Final[_groups.Cid7181Code]
Gy: _Final[_groups.Cid7181Code]
Sv: _Final[_groups.Cid7181Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7181Code]]
