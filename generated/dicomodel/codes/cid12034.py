"""CID 12034 Ultrasound Transducer Beam Steering.

Extensible, version 20090409, UID 1.2.840.10008.6.1.809.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12034
NAME: _Final[str] = "Ultrasound Transducer Beam Steering"
KEYWORD: _Final[str | None] = "UltrasoundTransducerBeamSteering"
UID: _Final[str | None] = "1.2.840.10008.6.1.809"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090409"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FixedBeamDirection: _Final[_Code] = _Code("DCM", "125257", "Fixed beam direction", (12034,))
"""Fixed beam direction (DCM 125257)."""

MechanicalBeamSteering: _Final[_Code] = _Code("DCM", "125258", "Mechanical beam steering", (12034,))
"""Mechanical beam steering (DCM 125258)."""

PhasedBeamSteering: _Final[_Code] = _Code("DCM", "125259", "Phased beam steering", (12034,))
"""Phased beam steering (DCM 125259)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    FixedBeamDirection,
    MechanicalBeamSteering,
    PhasedBeamSteering,
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
