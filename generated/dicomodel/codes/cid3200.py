"""CID 3200 Stress Test Procedure.

Extensible, version 20080927, UID 1.2.840.10008.6.1.755.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3200
NAME: _Final[str] = "Stress Test Procedure"
KEYWORD: _Final[str | None] = "StressTestProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.755"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ExerciseStressTest: _Final[_Code] = _Code("SCT", "165079009", "Exercise stress test", (3200, 3757))
"""Exercise stress test (SCT 165079009)."""

PharmacologicStressTest: _Final[_Code] = _Code(
    "SCT", "424064009", "Pharmacologic stress test", (3200, 3261, 3757)
)
"""Pharmacologic stress test (SCT 424064009)."""

PharmacologicAndExerciseStressTest: _Final[_Code] = _Code(
    "SCT", "428813002", "Pharmacologic and exercise stress test", (3200, 3261, 3757)
)
"""Pharmacologic and exercise stress test (SCT 428813002)."""

PacedStressTest: _Final[_Code] = _Code("SCT", "428685003", "Paced stress test", (3200, 3261, 3757))
"""Paced stress test (SCT 428685003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ExerciseStressTest,
    PharmacologicStressTest,
    PharmacologicAndExerciseStressTest,
    PacedStressTest,
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
