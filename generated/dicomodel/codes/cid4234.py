"""CID 4234 Refractive Surgery Type.

Extensible, version 20181111, UID 1.2.840.10008.6.1.880.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4234
NAME: _Final[str] = "Refractive Surgery Type"
KEYWORD: _Final[str | None] = "RefractiveSurgeryType"
UID: _Final[str | None] = "1.2.840.10008.6.1.880"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181111"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RK: _Final[_Code] = _Code("SCT", "51683002", "RK", (4234,))
"""RK (SCT 51683002)."""

PRK: _Final[_Code] = _Code("SCT", "397516006", "PRK", (4234,))
"""PRK (SCT 397516006)."""

LASIK: _Final[_Code] = _Code("SCT", "312965008", "LASIK", (4234,))
"""LASIK (SCT 312965008)."""

LASEK: _Final[_Code] = _Code("SCT", "414582004", "LASEK", (4234,))
"""LASEK (SCT 414582004)."""

SMILE: _Final[_Code] = _Code("DCM", "111681", "SMILE", (4234,))
"""SMILE (DCM 111681)."""

MEMBERS: _Final[tuple[_Code, ...]] = (RK, PRK, LASIK, LASEK, SMILE)
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
