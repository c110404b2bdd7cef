"""CID 3261 Stress Protocol.

Extensible, version 20081027, UID 1.2.840.10008.6.1.57.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BalkeProtocol: _Final[_groups.Cid3261Code]
BruceProtocol: _Final[_groups.Cid3261Code]
EllestadProtocol: _Final[_groups.Cid3261Code]
ModifiedBruceProtocol: _Final[_groups.Cid3261Code]
ModifiedNaughtonProtocol: _Final[_groups.Cid3261Code]
NaughtonProtocol: _Final[_groups.Cid3261Code]
PepperProtocol: _Final[_groups.Cid3261Code]
RampProtocol: _Final[_groups.Cid3261Code]
ExerciseStressECGTest: _Final[_groups.Cid3261Code]
StressTestUsingBicycleErgometer: _Final[_groups.Cid3261Code]
PharmacologicStressProtocol: _Final[_groups.Cid3261Code]
DipyridamoleStressProtocol: _Final[_groups.Cid3261Code]
AdenosineStressProtocol: _Final[_groups.Cid3261Code]
DobutamineStressProtocol: _Final[_groups.Cid3261Code]
PharmacologicAndExerciseStressTest: _Final[_groups.Cid3261Code]
StressTestUsingCardiacPacing: _Final[_groups.Cid3261Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3261Code]]
