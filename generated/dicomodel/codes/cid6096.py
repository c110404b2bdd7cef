"""CID 6096 Pregnancy Status.

Extensible, version 20220922, UID 1.2.840.10008.6.1.418.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6096
NAME: _Final[str] = "Pregnancy Status"
KEYWORD: _Final[str | None] = "PregnancyStatus"
UID: _Final[str | None] = "1.2.840.10008.6.1.418"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220922"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NotPregnant: _Final[_Code] = _Code("SCT", "60001007", "not pregnant", (6096,))
"""not pregnant (SCT 60001007)."""

PossiblePregnancy: _Final[_Code] = _Code("SCT", "146799005", "possible pregnancy", (6096,))
"""possible pregnancy (SCT 146799005)."""

PatientCurrentlyPregnant: _Final[_Code] = _Code(
    "SCT", "77386006", "patient currently pregnant", (1200, 1201, 6096)
)
"""patient currently pregnant (SCT 77386006)."""

Unknown: _Final[_Code] = _Code("SCT", "261665006", "Unknown", (3703, 6096))
"""Unknown (SCT 261665006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NotPregnant,
    PossiblePregnancy,
    PatientCurrentlyPregnant,
    Unknown,
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
