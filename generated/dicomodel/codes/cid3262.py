"""CID 3262 ECG Patient State Value.

Extensible, version 20020904, UID 1.2.840.10008.6.1.58.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3262
NAME: _Final[str] = "ECG Patient State Value"
KEYWORD: _Final[str | None] = "ECGPatientStateValue"
UID: _Final[str | None] = "1.2.840.10008.6.1.58"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BaselineState: _Final[_Code] = _Code("SCT", "128974000", "Baseline state", (3262, 3602))
"""Baseline state (SCT 128974000)."""

ExerciseState: _Final[_Code] = _Code("SCT", "128976003", "Exercise state", (3262, 3602))
"""Exercise state (SCT 128976003)."""

PostExerciseState: _Final[_Code] = _Code("SCT", "128977007", "Post-exercise state", (3262, 3602))
"""Post-exercise state (SCT 128977007)."""

RestingState: _Final[_Code] = _Code(
    "SCT", "128975004", "Resting state", (3101, 3102, 3207, 3250, 3262, 3602, 3651)
)
"""Resting state (SCT 128975004)."""

SupineBodyPosition: _Final[_Code] = _Code(
    "SCT", "40199007", "Supine body position", (20, 3262, 3602, 6206)
)
"""Supine body position (SCT 40199007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BaselineState,
    ExerciseState,
    PostExerciseState,
    RestingState,
    SupineBodyPosition,
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
