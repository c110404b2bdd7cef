"""CID 3713 TIMI Flow Characteristic.

Extensible, version 20030327, UID 1.2.840.10008.6.1.214.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 3713
NAME: _Final[str] = "TIMI Flow Characteristic"
KEYWORD: _Final[str | None] = "TIMIFlowCharacteristic"
UID: _Final[str | None] = "1.2.840.10008.6.1.214"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

_0NoPerfusion: _Final[_Code] = _Code("SCT", "371867000", "0: No Perfusion", (3713,))
"""0: No Perfusion (SCT 371867000)."""

_1PenetrationWithoutPerfusion: _Final[_Code] = _Code(
    "SCT", "371866009", "1: Penetration without Perfusion", (3713,)
)
"""1: Penetration without Perfusion (SCT 371866009)."""

_2PartialPerfusion: _Final[_Code] = _Code("SCT", "371864007", "2: Partial Perfusion", (3713,))
"""2: Partial Perfusion (SCT 371864007)."""

_3CompletePerfusion: _Final[_Code] = _Code("SCT", "371865008", "3: Complete Perfusion", (3713,))
"""3: Complete Perfusion (SCT 371865008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    _0NoPerfusion,
    _1PenetrationWithoutPerfusion,
    _2PartialPerfusion,
    _3CompletePerfusion,
)
"""The resolved membership: own members, then those of the included groups, in order."""
