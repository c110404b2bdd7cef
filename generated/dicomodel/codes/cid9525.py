"""CID 9525 Radiation Therapy Particle.

Non-extensible, version 20181112, UID 1.2.840.10008.6.1.1235.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9525
NAME: _Final[str] = "Radiation Therapy Particle"
KEYWORD: _Final[str | None] = "RadiationTherapyParticle"
UID: _Final[str | None] = "1.2.840.10008.6.1.1235"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Photon: _Final[_Code] = _Code("SCT", "290006006", "Photon", (9525,))
"""Photon (SCT 290006006)."""

Electron: _Final[_Code] = _Code("SCT", "46602004", "Electron", (9525,))
"""Electron (SCT 46602004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Photon, Electron)
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
