"""CID 6163 Menstrual Cycle Phase.

Extensible, version 20050822, UID 1.2.840.10008.6.1.477.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6163
NAME: _Final[str] = "Menstrual Cycle Phase"
KEYWORD: _Final[str | None] = "MenstrualCyclePhase"
UID: _Final[str | None] = "1.2.840.10008.6.1.477"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050822"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

V1stWeek: _Final[_Code] = _Code("DCM", "111392", "1st week", (6163,))
"""1st week (DCM 111392)."""

V2ndWeek: _Final[_Code] = _Code("DCM", "111393", "2nd week", (6163,))
"""2nd week (DCM 111393)."""

V3rdWeek: _Final[_Code] = _Code("DCM", "111394", "3rd week", (6163,))
"""3rd week (DCM 111394)."""

MenstruationPresent: _Final[_Code] = _Code("SCT", "289894009", "Menstruation present", (6163,))
"""Menstruation present (SCT 289894009)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_1stWeek: _Final[_Code] = V1stWeek
_2ndWeek: _Final[_Code] = V2ndWeek
_3rdWeek: _Final[_Code] = V3rdWeek

MEMBERS: _Final[tuple[_Code, ...]] = (V1stWeek, V2ndWeek, V3rdWeek, MenstruationPresent)
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
