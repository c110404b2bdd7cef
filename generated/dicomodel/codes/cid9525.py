"""CID 9525 Radiation Therapy Particle.

Non-extensible, version 20181112, UID 1.2.840.10008.6.1.1235.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9525
NAME: Final[str] = "Radiation Therapy Particle"
KEYWORD: Final[str | None] = "RadiationTherapyParticle"
UID: Final[str | None] = "1.2.840.10008.6.1.1235"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Photon: Final[Code] = Code("SCT", "290006006", "Photon", (9525,))
"""Photon (SCT 290006006)."""

Electron: Final[Code] = Code("SCT", "46602004", "Electron", (9525,))
"""Electron (SCT 46602004)."""

MEMBERS: Final[tuple[Code, ...]] = (Photon, Electron)
"""The resolved membership: own members, then those of the included groups, in order."""
