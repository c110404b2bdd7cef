"""CID 4100 T1 Measurement Method.

Extensible, version 20141110, UID 1.2.840.10008.6.1.985.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4100
NAME: _Final[str] = "T1 Measurement Method"
KEYWORD: _Final[str | None] = "T1MeasurementMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.985"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20141110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

T1ByMultipleFlipAngles: _Final[_Code] = _Code(
    "DCM", "126350", "T1 by Multiple Flip Angles", (4100,)
)
"""T1 by Multiple Flip Angles (DCM 126350)."""

T1ByInversionRecovery: _Final[_Code] = _Code("DCM", "126351", "T1 by Inversion Recovery", (4100,))
"""T1 by Inversion Recovery (DCM 126351)."""

T1ByFixedValue: _Final[_Code] = _Code("DCM", "126352", "T1 by Fixed Value", (4100,))
"""T1 by Fixed Value (DCM 126352)."""

MEMBERS: _Final[tuple[_Code, ...]] = (T1ByMultipleFlipAngles, T1ByInversionRecovery, T1ByFixedValue)
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
