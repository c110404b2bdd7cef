"""CID 9526 Ion Therapy Particle.

Non-extensible, version 20190817, UID 1.2.840.10008.6.1.1236.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 9526
NAME: _Final[str] = "Ion Therapy Particle"
KEYWORD: _Final[str | None] = "IonTherapyParticle"
UID: _Final[str | None] = "1.2.840.10008.6.1.1236"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20190817"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Ion: _Final[_Code] = _Code("NCIt", "C597", "Ion", (9526,))
"""Ion (NCIt C597)."""

Proton: _Final[_Code] = _Code("SCT", "89177007", "Proton", (9526,))
"""Proton (SCT 89177007)."""

_3HeliumNucleus: _Final[_Code] = _Code("DCM", "130141", "^3^Helium nucleus", (9526,))
"""^3^Helium nucleus (DCM 130141)."""

_4HeliumNucleus: _Final[_Code] = _Code("DCM", "130142", "^4^Helium nucleus", (9526,))
"""^4^Helium nucleus (DCM 130142)."""

_12CarbonNucleus: _Final[_Code] = _Code("DCM", "130143", "^12^Carbon nucleus", (9526,))
"""^12^Carbon nucleus (DCM 130143)."""

_16OxygenNucleus: _Final[_Code] = _Code("DCM", "130144", "^16^Oxygen nucleus", (9526,))
"""^16^Oxygen nucleus (DCM 130144)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Ion,
    Proton,
    _3HeliumNucleus,
    _4HeliumNucleus,
    _12CarbonNucleus,
    _16OxygenNucleus,
)
"""The resolved membership: own members, then those of the included groups, in order."""
