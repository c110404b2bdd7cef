"""CID 12001 Ultrasound Protocol Type.

Extensible, version 20081027, UID 1.2.840.10008.6.1.550.
Includes CID 3261.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Echocardiography: _Final[_groups.Cid12001Code]
TransesophagealEchocardiography: _Final[_groups.Cid12001Code]
TransthoracicEchocardiography: _Final[_groups.Cid12001Code]
EpicardialEchocardiography: _Final[_groups.Cid12001Code]
IntravascularEchocardiography: _Final[_groups.Cid12001Code]
IntracardiacEchocardiography: _Final[_groups.Cid12001Code]
ExerciseStressEchocardiography: _Final[_groups.Cid12001Code]
PediatricEchocardiography: _Final[_groups.Cid12001Code]
IntraoperativeEchocardiography: _Final[_groups.Cid12001Code]
ContrastEchocardiography: _Final[_groups.Cid12001Code]
FetalEchocardiography: _Final[_groups.Cid12001Code]
BalkeProtocol: _Final[_groups.Cid12001Code]
BruceProtocol: _Final[_groups.Cid12001Code]
EllestadProtocol: _Final[_groups.Cid12001Code]
ModifiedBruceProtocol: _Final[_groups.Cid12001Code]
ModifiedNaughtonProtocol: _Final[_groups.Cid12001Code]
NaughtonProtocol: _Final[_groups.Cid12001Code]
PepperProtocol: _Final[_groups.Cid12001Code]
RampProtocol: _Final[_groups.Cid12001Code]
ExerciseStressECGTest: _Final[_groups.Cid12001Code]
StressTestUsingBicycleErgometer: _Final[_groups.Cid12001Code]
PharmacologicStressProtocol: _Final[_groups.Cid12001Code]
DipyridamoleStressProtocol: _Final[_groups.Cid12001Code]
AdenosineStressProtocol: _Final[_groups.Cid12001Code]
DobutamineStressProtocol: _Final[_groups.Cid12001Code]
PharmacologicAndExerciseStressTest: _Final[_groups.Cid12001Code]
StressTestUsingCardiacPacing: _Final[_groups.Cid12001Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12001Code]]
