"""CID 9526 Ion Therapy Particle.

Non-extensible, version 20190817, UID 1.2.840.10008.6.1.1236.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

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

V3HeliumNucleus: _Final[_Code] = _Code("DCM", "130141", "^3^Helium nucleus", (9526,))
"""^3^Helium nucleus (DCM 130141)."""

V4HeliumNucleus: _Final[_Code] = _Code("DCM", "130142", "^4^Helium nucleus", (9526,))
"""^4^Helium nucleus (DCM 130142)."""

V12CarbonNucleus: _Final[_Code] = _Code("DCM", "130143", "^12^Carbon nucleus", (9526,))
"""^12^Carbon nucleus (DCM 130143)."""

V16OxygenNucleus: _Final[_Code] = _Code("DCM", "130144", "^16^Oxygen nucleus", (9526,))
"""^16^Oxygen nucleus (DCM 130144)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_3HeliumNucleus: _Final[_Code] = V3HeliumNucleus
_4HeliumNucleus: _Final[_Code] = V4HeliumNucleus
_12CarbonNucleus: _Final[_Code] = V12CarbonNucleus
_16OxygenNucleus: _Final[_Code] = V16OxygenNucleus

MEMBERS: _Final[tuple[_Code, ...]] = (
    Ion,
    Proton,
    V3HeliumNucleus,
    V4HeliumNucleus,
    V12CarbonNucleus,
    V16OxygenNucleus,
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
