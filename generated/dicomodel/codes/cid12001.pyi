"""CID 12001 Ultrasound Protocol Type.

Extensible, version 20081027, UID 1.2.840.10008.6.1.550.
Includes CID 3261.

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
Echocardiography: _Final[_Code]
TransesophagealEchocardiography: _Final[_Code]
TransthoracicEchocardiography: _Final[_Code]
EpicardialEchocardiography: _Final[_Code]
IntravascularEchocardiography: _Final[_Code]
IntracardiacEchocardiography: _Final[_Code]
ExerciseStressEchocardiography: _Final[_Code]
PediatricEchocardiography: _Final[_Code]
IntraoperativeEchocardiography: _Final[_Code]
ContrastEchocardiography: _Final[_Code]
FetalEchocardiography: _Final[_Code]
BalkeProtocol: _Final[_Code]
BruceProtocol: _Final[_Code]
EllestadProtocol: _Final[_Code]
ModifiedBruceProtocol: _Final[_Code]
ModifiedNaughtonProtocol: _Final[_Code]
NaughtonProtocol: _Final[_Code]
PepperProtocol: _Final[_Code]
RampProtocol: _Final[_Code]
ExerciseStressECGTest: _Final[_Code]
StressTestUsingBicycleErgometer: _Final[_Code]
PharmacologicStressProtocol: _Final[_Code]
DipyridamoleStressProtocol: _Final[_Code]
AdenosineStressProtocol: _Final[_Code]
DobutamineStressProtocol: _Final[_Code]
PharmacologicAndExerciseStressTest: _Final[_Code]
StressTestUsingCardiacPacing: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
