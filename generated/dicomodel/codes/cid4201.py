"""CID 4201 Patient Eye Movement Command.

Extensible, version 20040921, UID 1.2.840.10008.6.1.317.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4201
NAME: _Final[str] = "Patient Eye Movement Command"
KEYWORD: _Final[str | None] = "PatientEyeMovementCommand"
UID: _Final[str | None] = "1.2.840.10008.6.1.317"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040921"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PrimaryGaze: _Final[_Code] = _Code("SCT", "408744005", "Primary gaze", (4201,))
"""Primary gaze (SCT 408744005)."""

UpwardGaze: _Final[_Code] = _Code("SCT", "255533007", "Upward gaze", (4201,))
"""Upward gaze (SCT 255533007)."""

LeftUpgaze: _Final[_Code] = _Code("SCT", "255525006", "Left upgaze", (4201,))
"""Left upgaze (SCT 255525006)."""

LeftGaze: _Final[_Code] = _Code("SCT", "255530005", "Left gaze", (4201,))
"""Left gaze (SCT 255530005)."""

LeftDowngaze: _Final[_Code] = _Code("SCT", "255523004", "Left downgaze", (4201,))
"""Left downgaze (SCT 255523004)."""

Downgaze: _Final[_Code] = _Code("SCT", "255521002", "Downgaze", (4201,))
"""Downgaze (SCT 255521002)."""

RightDowngaze: _Final[_Code] = _Code("SCT", "255524005", "Right downgaze", (4201,))
"""Right downgaze (SCT 255524005)."""

RightGaze: _Final[_Code] = _Code("SCT", "255531009", "Right gaze", (4201,))
"""Right gaze (SCT 255531009)."""

RightUpgaze: _Final[_Code] = _Code("SCT", "255526007", "Right upgaze", (4201,))
"""Right upgaze (SCT 255526007)."""

ConvergentGaze: _Final[_Code] = _Code("SCT", "408745006", "Convergent gaze", (4201,))
"""Convergent gaze (SCT 408745006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PrimaryGaze,
    UpwardGaze,
    LeftUpgaze,
    LeftGaze,
    LeftDowngaze,
    Downgaze,
    RightDowngaze,
    RightGaze,
    RightUpgaze,
    ConvergentGaze,
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
