"""CID 3813 Stent Finding.

Extensible, version 20160314, UID 1.2.840.10008.6.1.272.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3813
NAME: _Final[str] = "Stent Finding"
KEYWORD: _Final[str | None] = "StentFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.272"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Hypoplasia: _Final[_Code] = _Code("SCT", "55199003", "hypoplasia", (3813,))
"""hypoplasia (SCT 55199003)."""

Stenosis: _Final[_Code] = _Code("SCT", "415582006", "stenosis", (3810, 3813))
"""stenosis (SCT 415582006)."""

Endoleak: _Final[_Code] = _Code("DCM", "122680", "endoleak", (3813,))
"""endoleak (DCM 122680)."""

MigrationOfImplantOrInternalDevice: _Final[_Code] = _Code(
    "SCT", "370512004", "migration of implant or internal device", (3813,)
)
"""migration of implant or internal device (SCT 370512004)."""

StentDisintegration: _Final[_Code] = _Code("DCM", "122684", "stent disintegration", (3813,))
"""stent disintegration (DCM 122684)."""

StentFracture: _Final[_Code] = _Code("DCM", "122683", "stent fracture", (3813,))
"""stent fracture (DCM 122683)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Hypoplasia,
    Stenosis,
    Endoleak,
    MigrationOfImplantOrInternalDevice,
    StentDisintegration,
    StentFracture,
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
