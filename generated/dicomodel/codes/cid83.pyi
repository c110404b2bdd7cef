"""CID 83 Real World Value Mapping Unit.

Extensible, version 20080123, UID 1.2.840.10008.6.1.24.
Includes CID 84.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid83Code]]
