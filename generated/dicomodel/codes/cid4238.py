"""CID 4238 Refractive Error Type.

Extensible, version 20100623, UID 1.2.840.10008.6.1.884.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4238
NAME: _Final[str] = "Refractive Error Type"
KEYWORD: _Final[str | None] = "RefractiveErrorType"
UID: _Final[str | None] = "1.2.840.10008.6.1.884"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100623"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Myopia: _Final[_Code] = _Code("SCT", "57190000", "Myopia", (4238,))
"""Myopia (SCT 57190000)."""

Hyperopia: _Final[_Code] = _Code("SCT", "38101003", "Hyperopia", (4238,))
"""Hyperopia (SCT 38101003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Myopia, Hyperopia)
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
