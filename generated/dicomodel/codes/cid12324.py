"""CID 12324 Shear Wave Detection Method.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1451.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12324
NAME: _Final[str] = "Shear Wave Detection Method"
KEYWORD: _Final[str | None] = "ShearWaveDetectionMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.1451"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220628"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ParticleDisplacementMethod: _Final[_Code] = _Code(
    "DCM", "130756", "Particle Displacement Method", (12324,)
)
"""Particle Displacement Method (DCM 130756)."""

ParticleVelocityMethod: _Final[_Code] = _Code("DCM", "130757", "Particle Velocity Method", (12324,))
"""Particle Velocity Method (DCM 130757)."""

MEMBERS: _Final[tuple[_Code, ...]] = (ParticleDisplacementMethod, ParticleVelocityMethod)
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
