"""CID 84 PET Unit.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1030.
Includes CID 85.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid84Code]]
