"""CID 3050 Patient Consciousness.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1490.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3050
NAME: _Final[str] = "Patient Consciousness"
KEYWORD: _Final[str | None] = "PatientConsciousness"
UID: _Final[str | None] = "1.2.840.10008.6.1.1490"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240616"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Asleep: _Final[_Code] = _Code("SCT", "248220008", "Asleep", (3050,))
"""Asleep (SCT 248220008)."""

Awake: _Final[_Code] = _Code("SCT", "248218005", "Awake", (3050,))
"""Awake (SCT 248218005)."""

Drowsy: _Final[_Code] = _Code("SCT", "271782001", "Drowsy", (3035, 3050))
"""Drowsy (SCT 271782001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Asleep, Awake, Drowsy)
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
