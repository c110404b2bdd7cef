"""CID 9526 Ion Therapy Particle.

Non-extensible, version 20190817, UID 1.2.840.10008.6.1.1236.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9526
NAME: Final[str] = "Ion Therapy Particle"
KEYWORD: Final[str | None] = "IonTherapyParticle"
UID: Final[str | None] = "1.2.840.10008.6.1.1236"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20190817"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Ion: Final[Code] = Code("NCIt", "C597", "Ion", (9526,))
"""Ion (NCIt C597)."""

Proton: Final[Code] = Code("SCT", "89177007", "Proton", (9526,))
"""Proton (SCT 89177007)."""

_3HeliumNucleus: Final[Code] = Code("DCM", "130141", "^3^Helium nucleus", (9526,))
"""^3^Helium nucleus (DCM 130141)."""

_4HeliumNucleus: Final[Code] = Code("DCM", "130142", "^4^Helium nucleus", (9526,))
"""^4^Helium nucleus (DCM 130142)."""

_12CarbonNucleus: Final[Code] = Code("DCM", "130143", "^12^Carbon nucleus", (9526,))
"""^12^Carbon nucleus (DCM 130143)."""

_16OxygenNucleus: Final[Code] = Code("DCM", "130144", "^16^Oxygen nucleus", (9526,))
"""^16^Oxygen nucleus (DCM 130144)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Ion,
    Proton,
    _3HeliumNucleus,
    _4HeliumNucleus,
    _12CarbonNucleus,
    _16OxygenNucleus,
)
"""The resolved membership: own members, then those of the included groups, in order."""
