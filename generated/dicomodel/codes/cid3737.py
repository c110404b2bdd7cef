"""CID 3737 Ischemia Non-invasive Test.

Extensible, version 20030327, UID 1.2.840.10008.6.1.234.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3737
NAME: _Final[str] = "Ischemia Non-invasive Test"
KEYWORD: _Final[str | None] = "IschemiaNoninvasiveTest"
UID: _Final[str | None] = "1.2.840.10008.6.1.234"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NotDone: _Final[_Code] = _Code("NCDR", "48-1", "Not Done", (3737,))
"""Not Done (NCDR 48-1)."""

Positive: _Final[_Code] = _Code("NCDR", "48-2", "Positive", (3737,))
"""Positive (NCDR 48-2)."""

Negative: _Final[_Code] = _Code("NCDR", "48-3", "Negative", (3737,))
"""Negative (NCDR 48-3)."""

Equivocal: _Final[_Code] = _Code("NCDR", "48-4", "Equivocal", (3737,))
"""Equivocal (NCDR 48-4)."""

Arrhythmia: _Final[_Code] = _Code("NCDR", "48-5", "Arrhythmia", (3737,))
"""Arrhythmia (NCDR 48-5)."""

MEMBERS: _Final[tuple[_Code, ...]] = (NotDone, Positive, Negative, Equivocal, Arrhythmia)
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
