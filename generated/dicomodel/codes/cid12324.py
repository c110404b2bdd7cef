"""CID 12324 Shear Wave Detection Method.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1451.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12324
NAME: Final[str] = "Shear Wave Detection Method"
KEYWORD: Final[str | None] = "ShearWaveDetectionMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.1451"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220628"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ParticleDisplacementMethod: Final[Code] = Code(
    "DCM", "130756", "Particle Displacement Method", (12324,)
)
"""Particle Displacement Method (DCM 130756)."""

ParticleVelocityMethod: Final[Code] = Code("DCM", "130757", "Particle Velocity Method", (12324,))
"""Particle Velocity Method (DCM 130757)."""

MEMBERS: Final[tuple[Code, ...]] = (ParticleDisplacementMethod, ParticleVelocityMethod)
"""The resolved membership: own members, then those of the included groups, in order."""
