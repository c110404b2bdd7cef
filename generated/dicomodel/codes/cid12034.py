"""CID 12034 Ultrasound Transducer Beam Steering.

Extensible, version 20090409, UID 1.2.840.10008.6.1.809.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12034
NAME: Final[str] = "Ultrasound Transducer Beam Steering"
KEYWORD: Final[str | None] = "UltrasoundTransducerBeamSteering"
UID: Final[str | None] = "1.2.840.10008.6.1.809"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090409"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FixedBeamDirection: Final[Code] = Code("DCM", "125257", "Fixed beam direction", (12034,))
"""Fixed beam direction (DCM 125257)."""

MechanicalBeamSteering: Final[Code] = Code("DCM", "125258", "Mechanical beam steering", (12034,))
"""Mechanical beam steering (DCM 125258)."""

PhasedBeamSteering: Final[Code] = Code("DCM", "125259", "Phased beam steering", (12034,))
"""Phased beam steering (DCM 125259)."""

MEMBERS: Final[tuple[Code, ...]] = (FixedBeamDirection, MechanicalBeamSteering, PhasedBeamSteering)
"""The resolved membership: own members, then those of the included groups, in order."""
