"""CID 3680 ECG Lead Noise Description.

Extensible, version 20110330, UID 1.2.840.10008.6.1.194.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3680
NAME: _Final[str] = "ECG Lead Noise Description"
KEYWORD: _Final[str | None] = "ECGLeadNoiseDescription"
UID: _Final[str | None] = "1.2.840.10008.6.1.194"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110330"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NoNoise: _Final[_Code] = _Code("MDC", "10:11200", "No noise", (3335, 3680))
"""No noise (MDC 10:11200)."""

ModerateNoise: _Final[_Code] = _Code("MDC", "10:11216", "Moderate noise", (3335, 3680))
"""Moderate noise (MDC 10:11216)."""

SevereNoise: _Final[_Code] = _Code("MDC", "10:11232", "Severe noise", (3335, 3680))
"""Severe noise (MDC 10:11232)."""

NoSignal: _Final[_Code] = _Code("MDC", "10:11248", "No signal", (3335, 3680))
"""No signal (MDC 10:11248)."""

MEMBERS: _Final[tuple[_Code, ...]] = (NoNoise, ModerateNoise, SevereNoise, NoSignal)
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
