"""CID 3713 TIMI Flow Characteristic.

Extensible, version 20030327, UID 1.2.840.10008.6.1.214.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3713
NAME: _Final[str] = "TIMI Flow Characteristic"
KEYWORD: _Final[str | None] = "TIMIFlowCharacteristic"
UID: _Final[str | None] = "1.2.840.10008.6.1.214"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

V0NoPerfusion: _Final[_Code] = _Code("SCT", "371867000", "0: No Perfusion", (3713,))
"""0: No Perfusion (SCT 371867000)."""

V1PenetrationWithoutPerfusion: _Final[_Code] = _Code(
    "SCT", "371866009", "1: Penetration without Perfusion", (3713,)
)
"""1: Penetration without Perfusion (SCT 371866009)."""

V2PartialPerfusion: _Final[_Code] = _Code("SCT", "371864007", "2: Partial Perfusion", (3713,))
"""2: Partial Perfusion (SCT 371864007)."""

V3CompletePerfusion: _Final[_Code] = _Code("SCT", "371865008", "3: Complete Perfusion", (3713,))
"""3: Complete Perfusion (SCT 371865008)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_0NoPerfusion: _Final[_Code] = V0NoPerfusion
_1PenetrationWithoutPerfusion: _Final[_Code] = V1PenetrationWithoutPerfusion
_2PartialPerfusion: _Final[_Code] = V2PartialPerfusion
_3CompletePerfusion: _Final[_Code] = V3CompletePerfusion

MEMBERS: _Final[tuple[_Code, ...]] = (
    V0NoPerfusion,
    V1PenetrationWithoutPerfusion,
    V2PartialPerfusion,
    V3CompletePerfusion,
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
