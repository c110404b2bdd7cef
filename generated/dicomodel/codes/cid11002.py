"""CID 11002 Acoustic Coupling Medium.

Extensible, version 20230626, UID 1.2.840.10008.6.1.1472.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 11002
NAME: _Final[str] = "Acoustic Coupling Medium"
KEYWORD: _Final[str | None] = "AcousticCouplingMedium"
UID: _Final[str | None] = "1.2.840.10008.6.1.1472"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230626"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Water: _Final[_Code] = _Code("SCT", "11713004", "Water", (12, 13, 300, 6350, 7180, 11002, 11006))
"""Water (SCT 11713004)."""

DeuteriumOxide: _Final[_Code] = _Code("SCT", "12977001", "Deuterium oxide", (11002,))
"""Deuterium oxide (SCT 12977001)."""

UltrasoundCouplingGel: _Final[_Code] = _Code(
    "SCT", "1004163002", "Ultrasound coupling gel", (11002,)
)
"""Ultrasound coupling gel (SCT 1004163002)."""

Air: _Final[_Code] = _Code("SCT", "15158005", "Air", (12, 13, 6211, 6350, 11002))
"""Air (SCT 15158005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Water, DeuteriumOxide, UltrasoundCouplingGel, Air)
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
