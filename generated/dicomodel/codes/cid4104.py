"""CID 4104 Bolus Arrival Time Derivation Method.

Extensible, version 20141110, UID 1.2.840.10008.6.1.989.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4104
NAME: _Final[str] = "Bolus Arrival Time Derivation Method"
KEYWORD: _Final[str | None] = "BolusArrivalTimeDerivationMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.989"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20141110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TemporalDerivativeExceedsThreshold: _Final[_Code] = _Code(
    "DCM", "126373", "Temporal Derivative Exceeds Threshold", (4104,)
)
"""Temporal Derivative Exceeds Threshold (DCM 126373)."""

TimeOfPeakConcentration: _Final[_Code] = _Code(
    "DCM", "126370", "Time of Peak Concentration", (4104, 4109)
)
"""Time of Peak Concentration (DCM 126370)."""

TimeOfLeadingHalfPeakConcentration: _Final[_Code] = _Code(
    "DCM", "126372", "Time of Leading Half-Peak Concentration", (4104, 4109)
)
"""Time of Leading Half-Peak Concentration (DCM 126372)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TemporalDerivativeExceedsThreshold,
    TimeOfPeakConcentration,
    TimeOfLeadingHalfPeakConcentration,
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
