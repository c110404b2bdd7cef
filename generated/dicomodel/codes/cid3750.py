"""CID 3750 Previously Dilated Lesion.

Extensible, version 20030327, UID 1.2.840.10008.6.1.247.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3750
NAME: _Final[str] = "Previously Dilated Lesion"
KEYWORD: _Final[str | None] = "PreviouslyDilatedLesion"
UID: _Final[str | None] = "1.2.840.10008.6.1.247"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NotPreviouslyTreated: _Final[_Code] = _Code("NCDR", "108-0", "not previously treated", (3750,))
"""not previously treated (NCDR 108-0)."""

BalloonOnly: _Final[_Code] = _Code("NCDR", "108-1", "balloon only", (3750,))
"""balloon only (NCDR 108-1)."""

StentOnly: _Final[_Code] = _Code("NCDR", "108-2", "stent only", (3750,))
"""stent only (NCDR 108-2)."""

OtherAnyCombination: _Final[_Code] = _Code("NCDR", "108-3", "other/any combination", (3750,))
"""other/any combination (NCDR 108-3)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NotPreviouslyTreated,
    BalloonOnly,
    StentOnly,
    OtherAnyCombination,
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
