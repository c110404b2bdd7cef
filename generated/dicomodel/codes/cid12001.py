"""CID 12001 Ultrasound Protocol Type.

Extensible, version 20081027, UID 1.2.840.10008.6.1.550.
Includes CID 3261.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12001
NAME: _Final[str] = "Ultrasound Protocol Type"
KEYWORD: _Final[str | None] = "UltrasoundProtocolType"
UID: _Final[str | None] = "1.2.840.10008.6.1.550"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20081027"
INCLUDES: _Final[tuple[int, ...]] = (3261,)
EXTERNAL_SCHEME: _Final[str | None] = None

Echocardiography: _Final[_Code] = _Code(
    "SCT", "40701008", "Echocardiography", (3206, 3744, 3757, 12001)
)
"""Echocardiography (SCT 40701008)."""

TransesophagealEchocardiography: _Final[_Code] = _Code(
    "SCT", "105376000", "Transesophageal echocardiography", (3428, 3757, 12001)
)
"""Transesophageal echocardiography (SCT 105376000)."""

TransthoracicEchocardiography: _Final[_Code] = _Code(
    "SCT", "433236007", "Transthoracic echocardiography", (3428, 3757, 12001)
)
"""Transthoracic echocardiography (SCT 433236007)."""

EpicardialEchocardiography: _Final[_Code] = _Code(
    "SCT", "433232009", "Epicardial echocardiography", (3428, 12001)
)
"""Epicardial echocardiography (SCT 433232009)."""

IntravascularEchocardiography: _Final[_Code] = _Code(
    "SCT", "252420009", "Intravascular echocardiography", (12001,)
)
"""Intravascular echocardiography (SCT 252420009)."""

IntracardiacEchocardiography: _Final[_Code] = _Code(
    "SCT", "252421008", "Intracardiac echocardiography", (3428, 12001)
)
"""Intracardiac echocardiography (SCT 252421008)."""

ExerciseStressEchocardiography: _Final[_Code] = _Code(
    "SCT", "433233004", "Exercise stress echocardiography", (3757, 12001)
)
"""Exercise stress echocardiography (SCT 433233004)."""

PediatricEchocardiography: _Final[_Code] = _Code(
    "SCT", "431852008", "Pediatric echocardiography", (12001,)
)
"""Pediatric echocardiography (SCT 431852008)."""

IntraoperativeEchocardiography: _Final[_Code] = _Code(
    "SCT", "429884006", "Intraoperative echocardiography", (12001,)
)
"""Intraoperative echocardiography (SCT 429884006)."""

ContrastEchocardiography: _Final[_Code] = _Code(
    "SCT", "433231002", "Contrast echocardiography", (12001,)
)
"""Contrast echocardiography (SCT 433231002)."""

FetalEchocardiography: _Final[_Code] = _Code("SCT", "433235006", "Fetal echocardiography", (12001,))
"""Fetal echocardiography (SCT 433235006)."""

BalkeProtocol: _Final[_Code] = _Code("SCT", "129097005", "Balke protocol", (3261,))
"""Balke protocol (SCT 129097005). Included from CID 3261."""

BruceProtocol: _Final[_Code] = _Code("SCT", "129095002", "Bruce protocol", (3261,))
"""Bruce protocol (SCT 129095002). Included from CID 3261."""

EllestadProtocol: _Final[_Code] = _Code("SCT", "129098000", "Ellestad protocol", (3261,))
"""Ellestad protocol (SCT 129098000). Included from CID 3261."""

ModifiedBruceProtocol: _Final[_Code] = _Code("SCT", "129096001", "Modified Bruce protocol", (3261,))
"""Modified Bruce protocol (SCT 129096001). Included from CID 3261."""

ModifiedNaughtonProtocol: _Final[_Code] = _Code(
    "SCT", "129102008", "Modified Naughton protocol", (3261,)
)
"""Modified Naughton protocol (SCT 129102008). Included from CID 3261."""

NaughtonProtocol: _Final[_Code] = _Code("SCT", "129101001", "Naughton protocol", (3261,))
"""Naughton protocol (SCT 129101001). Included from CID 3261."""

PepperProtocol: _Final[_Code] = _Code("SCT", "129100000", "Pepper protocol", (3261,))
"""Pepper protocol (SCT 129100000). Included from CID 3261."""

RampProtocol: _Final[_Code] = _Code("SCT", "129099008", "Ramp protocol", (3261,))
"""Ramp protocol (SCT 129099008). Included from CID 3261."""

ExerciseStressECGTest: _Final[_Code] = _Code("SCT", "46136006", "Exercise stress ECG test", (3261,))
"""Exercise stress ECG test (SCT 46136006). Included from CID 3261."""

StressTestUsingBicycleErgometer: _Final[_Code] = _Code(
    "SCT", "26046004", "Stress test using Bicycle Ergometer", (3261,)
)
"""Stress test using Bicycle Ergometer (SCT 26046004). Included from CID 3261."""

PharmacologicStressProtocol: _Final[_Code] = _Code(
    "SCT", "424064009", "Pharmacologic Stress protocol", (3200, 3261, 3757)
)
"""Pharmacologic Stress protocol (SCT 424064009). Included from CID 3261."""

DipyridamoleStressProtocol: _Final[_Code] = _Code(
    "SCT", "422685009", "Dipyridamole Stress protocol", (3261,)
)
"""Dipyridamole Stress protocol (SCT 422685009). Included from CID 3261."""

AdenosineStressProtocol: _Final[_Code] = _Code(
    "SCT", "424444005", "Adenosine Stress protocol", (3261,)
)
"""Adenosine Stress protocol (SCT 424444005). Included from CID 3261."""

DobutamineStressProtocol: _Final[_Code] = _Code(
    "SCT", "424225000", "Dobutamine Stress protocol", (3261,)
)
"""Dobutamine Stress protocol (SCT 424225000). Included from CID 3261."""

PharmacologicAndExerciseStressTest: _Final[_Code] = _Code(
    "SCT", "428813002", "Pharmacologic and exercise stress test", (3200, 3261, 3757)
)
"""Pharmacologic and exercise stress test (SCT 428813002). Included from CID 3261."""

StressTestUsingCardiacPacing: _Final[_Code] = _Code(
    "SCT", "428685003", "Stress test using cardiac pacing", (3200, 3261, 3757)
)
"""Stress test using cardiac pacing (SCT 428685003). Included from CID 3261."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Echocardiography,
    TransesophagealEchocardiography,
    TransthoracicEchocardiography,
    EpicardialEchocardiography,
    IntravascularEchocardiography,
    IntracardiacEchocardiography,
    ExerciseStressEchocardiography,
    PediatricEchocardiography,
    IntraoperativeEchocardiography,
    ContrastEchocardiography,
    FetalEchocardiography,
    BalkeProtocol,
    BruceProtocol,
    EllestadProtocol,
    ModifiedBruceProtocol,
    ModifiedNaughtonProtocol,
    NaughtonProtocol,
    PepperProtocol,
    RampProtocol,
    ExerciseStressECGTest,
    StressTestUsingBicycleErgometer,
    PharmacologicStressProtocol,
    DipyridamoleStressProtocol,
    AdenosineStressProtocol,
    DobutamineStressProtocol,
    PharmacologicAndExerciseStressTest,
    StressTestUsingCardiacPacing,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
