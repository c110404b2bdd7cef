"""CID 3261 Stress Protocol.

Extensible, version 20081027, UID 1.2.840.10008.6.1.57.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3261
NAME: _Final[str] = "Stress Protocol"
KEYWORD: _Final[str | None] = "StressProtocol"
UID: _Final[str | None] = "1.2.840.10008.6.1.57"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20081027"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BalkeProtocol: _Final[_Code] = _Code("SCT", "129097005", "Balke protocol", (3261,))
"""Balke protocol (SCT 129097005)."""

BruceProtocol: _Final[_Code] = _Code("SCT", "129095002", "Bruce protocol", (3261,))
"""Bruce protocol (SCT 129095002)."""

EllestadProtocol: _Final[_Code] = _Code("SCT", "129098000", "Ellestad protocol", (3261,))
"""Ellestad protocol (SCT 129098000)."""

ModifiedBruceProtocol: _Final[_Code] = _Code("SCT", "129096001", "Modified Bruce protocol", (3261,))
"""Modified Bruce protocol (SCT 129096001)."""

ModifiedNaughtonProtocol: _Final[_Code] = _Code(
    "SCT", "129102008", "Modified Naughton protocol", (3261,)
)
"""Modified Naughton protocol (SCT 129102008)."""

NaughtonProtocol: _Final[_Code] = _Code("SCT", "129101001", "Naughton protocol", (3261,))
"""Naughton protocol (SCT 129101001)."""

PepperProtocol: _Final[_Code] = _Code("SCT", "129100000", "Pepper protocol", (3261,))
"""Pepper protocol (SCT 129100000)."""

RampProtocol: _Final[_Code] = _Code("SCT", "129099008", "Ramp protocol", (3261,))
"""Ramp protocol (SCT 129099008)."""

ExerciseStressECGTest: _Final[_Code] = _Code("SCT", "46136006", "Exercise stress ECG test", (3261,))
"""Exercise stress ECG test (SCT 46136006)."""

StressTestUsingBicycleErgometer: _Final[_Code] = _Code(
    "SCT", "26046004", "Stress test using Bicycle Ergometer", (3261,)
)
"""Stress test using Bicycle Ergometer (SCT 26046004)."""

PharmacologicStressProtocol: _Final[_Code] = _Code(
    "SCT", "424064009", "Pharmacologic Stress protocol", (3200, 3261, 3757)
)
"""Pharmacologic Stress protocol (SCT 424064009)."""

DipyridamoleStressProtocol: _Final[_Code] = _Code(
    "SCT", "422685009", "Dipyridamole Stress protocol", (3261,)
)
"""Dipyridamole Stress protocol (SCT 422685009)."""

AdenosineStressProtocol: _Final[_Code] = _Code(
    "SCT", "424444005", "Adenosine Stress protocol", (3261,)
)
"""Adenosine Stress protocol (SCT 424444005)."""

DobutamineStressProtocol: _Final[_Code] = _Code(
    "SCT", "424225000", "Dobutamine Stress protocol", (3261,)
)
"""Dobutamine Stress protocol (SCT 424225000)."""

PharmacologicAndExerciseStressTest: _Final[_Code] = _Code(
    "SCT", "428813002", "Pharmacologic and exercise stress test", (3200, 3261, 3757)
)
"""Pharmacologic and exercise stress test (SCT 428813002)."""

StressTestUsingCardiacPacing: _Final[_Code] = _Code(
    "SCT", "428685003", "Stress test using cardiac pacing", (3200, 3261, 3757)
)
"""Stress test using cardiac pacing (SCT 428685003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
