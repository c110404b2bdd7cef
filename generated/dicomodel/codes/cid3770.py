"""CID 3770 Problem Status.

Extensible, version 20070827, UID 1.2.840.10008.6.1.259.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3770
NAME: _Final[str] = "Problem Status"
KEYWORD: _Final[str | None] = "ProblemStatus"
UID: _Final[str | None] = "1.2.840.10008.6.1.259"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20070827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ActiveProblem: _Final[_Code] = _Code("SCT", "394774009", "Active problem", (3770,))
"""Active problem (SCT 394774009)."""

Chronic: _Final[_Code] = _Code("SCT", "90734009", "Chronic", (3770, 6130))
"""Chronic (SCT 90734009)."""

Intermittent: _Final[_Code] = _Code("SCT", "7087005", "Intermittent", (3770,))
"""Intermittent (SCT 7087005)."""

Recurrent: _Final[_Code] = _Code("SCT", "255227004", "Recurrent", (3770,))
"""Recurrent (SCT 255227004)."""

Suspected: _Final[_Code] = _Code("SCT", "415684004", "Suspected", (3770,))
"""Suspected (SCT 415684004)."""

InactiveProblem: _Final[_Code] = _Code("SCT", "394775005", "Inactive problem", (3770,))
"""Inactive problem (SCT 394775005)."""

ProblemResolved: _Final[_Code] = _Code("SCT", "413322009", "Problem resolved", (3770,))
"""Problem resolved (SCT 413322009)."""

KnownAbsent: _Final[_Code] = _Code("SCT", "410516002", "Known absent", (3770,))
"""Known absent (SCT 410516002)."""

WellControlled: _Final[_Code] = _Code("SCT", "1194003", "Well controlled", (3770,))
"""Well controlled (SCT 1194003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ActiveProblem,
    Chronic,
    Intermittent,
    Recurrent,
    Suspected,
    InactiveProblem,
    ProblemResolved,
    KnownAbsent,
    WellControlled,
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
