"""CID 6091 Relative Frequency of Event Value.

Extensible, version 20040112, UID 1.2.840.10008.6.1.413.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6091
NAME: _Final[str] = "Relative Frequency of Event Value"
KEYWORD: _Final[str | None] = "RelativeFrequencyOfEventValue"
UID: _Final[str | None] = "1.2.840.10008.6.1.413"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Continuous: _Final[_Code] = _Code("SCT", "255238004", "Continuous", (6091,))
"""Continuous (SCT 255238004)."""

Frequent: _Final[_Code] = _Code("SCT", "70232002", "Frequent", (6091,))
"""Frequent (SCT 70232002)."""

MidFrequency: _Final[_Code] = _Code("SCT", "255218000", "Mid-frequency", (6091,))
"""Mid-frequency (SCT 255218000)."""

Infrequent: _Final[_Code] = _Code("SCT", "27789000", "Infrequent", (6091,))
"""Infrequent (SCT 27789000)."""

AsRequired: _Final[_Code] = _Code("SCT", "225761000", "As required", (6091,))
"""As required (SCT 225761000)."""

SingleEvent: _Final[_Code] = _Code("SCT", "307486002", "Single event", (6091,))
"""Single event (SCT 307486002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Continuous,
    Frequent,
    MidFrequency,
    Infrequent,
    AsRequired,
    SingleEvent,
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
