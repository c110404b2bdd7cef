"""CID 3409 Drug/Contrast Administration.

Extensible, version 20030327, UID 1.2.840.10008.6.1.74.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3409
NAME: _Final[str] = "Drug/Contrast Administration"
KEYWORD: _Final[str | None] = "DrugContrastAdministration"
UID: _Final[str | None] = "1.2.840.10008.6.1.74"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DrugStart: _Final[_Code] = _Code("DCM", "122081", "Drug start", (3409,))
"""Drug start (DCM 122081)."""

DrugEnd: _Final[_Code] = _Code("DCM", "122082", "Drug end", (3409,))
"""Drug end (DCM 122082)."""

DrugAdministered: _Final[_Code] = _Code("DCM", "122083", "Drug administered", (3409,))
"""Drug administered (DCM 122083)."""

ContrastStart: _Final[_Code] = _Code("DCM", "122084", "Contrast start", (3409,))
"""Contrast start (DCM 122084)."""

ContrastEnd: _Final[_Code] = _Code("DCM", "122085", "Contrast end", (3409,))
"""Contrast end (DCM 122085)."""

ContrastAdministered: _Final[_Code] = _Code("DCM", "122086", "Contrast administered", (3409,))
"""Contrast administered (DCM 122086)."""

InfusateStart: _Final[_Code] = _Code("DCM", "122087", "Infusate start", (3409,))
"""Infusate start (DCM 122087)."""

InfusateEnd: _Final[_Code] = _Code("DCM", "122088", "Infusate end", (3409,))
"""Infusate end (DCM 122088)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DrugStart,
    DrugEnd,
    DrugAdministered,
    ContrastStart,
    ContrastEnd,
    ContrastAdministered,
    InfusateStart,
    InfusateEnd,
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
