"""CID 23 Cranio-Caudad Angulation.

Extensible, version 20020904, UID 1.2.840.10008.6.1.16.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 23
NAME: _Final[str] = "Cranio-Caudad Angulation"
KEYWORD: _Final[str | None] = "CranioCaudadAngulation"
UID: _Final[str | None] = "1.2.840.10008.6.1.16"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Cephalic: _Final[_Code] = _Code("SCT", "66787007", "Cephalic", (2, 5, 23))
"""Cephalic (SCT 66787007)."""

Caudal: _Final[_Code] = _Code("SCT", "3583002", "Caudal", (2, 5, 23))
"""Caudal (SCT 3583002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Cephalic, Caudal)
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
