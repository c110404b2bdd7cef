"""CID 3208 Exercise ECG Summary Code.

Extensible, version 20080927, UID 1.2.840.10008.6.1.763.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3208
NAME: _Final[str] = "Exercise ECG Summary Code"
KEYWORD: _Final[str | None] = "ExerciseECGSummaryCode"
UID: _Final[str | None] = "1.2.840.10008.6.1.763"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ExerciseECGNormal: _Final[_Code] = _Code("SCT", "165082004", "Exercise ECG normal", (3208,))
"""Exercise ECG normal (SCT 165082004)."""

ExerciseECGAbnormal: _Final[_Code] = _Code(
    "SCT", "165084003", "Exercise ECG abnormal", (3201, 3208)
)
"""Exercise ECG abnormal (SCT 165084003)."""

ExerciseECGEquivocal: _Final[_Code] = _Code("SCT", "370367002", "Exercise ECG equivocal", (3208,))
"""Exercise ECG equivocal (SCT 370367002)."""

NotPerformed: _Final[_Code] = _Code("SCT", "262008008", "Not performed", (3208, 3209))
"""Not performed (SCT 262008008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ExerciseECGNormal,
    ExerciseECGAbnormal,
    ExerciseECGEquivocal,
    NotPerformed,
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
