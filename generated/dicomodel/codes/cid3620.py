"""CID 3620 Hemodynamic Ratio.

Extensible, version 20030327, UID 1.2.840.10008.6.1.170.
Includes CID 3621.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3620
NAME: _Final[str] = "Hemodynamic Ratio"
KEYWORD: _Final[str | None] = "HemodynamicRatio"
UID: _Final[str | None] = "1.2.840.10008.6.1.170"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = (3621,)
EXTERNAL_SCHEME: _Final[str | None] = None

TibialBrachialIndex: _Final[_Code] = _Code("LN", "8581-1", "Tibial/brachial index", (3620,))
"""Tibial/brachial index (LN 8581-1)."""

PulmonarySystemicFlowRatio: _Final[_Code] = _Code(
    "SCT", "251050008", "Pulmonary/Systemic Flow Ratio", (3620,)
)
"""Pulmonary/Systemic Flow Ratio (SCT 251050008)."""

CoronaryFlowReserve: _Final[_Code] = _Code("DCM", "122217", "Coronary Flow reserve", (3620,))
"""Coronary Flow reserve (DCM 122217)."""

DiastolicSystolicVelocityRatio: _Final[_Code] = _Code(
    "DCM", "122218", "Diastolic/Systolic velocity ratio", (3620,)
)
"""Diastolic/Systolic velocity ratio (DCM 122218)."""

HyperemicRatio: _Final[_Code] = _Code("DCM", "122219", "Hyperemic ratio", (3620,))
"""Hyperemic ratio (DCM 122219)."""

PulsatilityIndex: _Final[_Code] = _Code("SCT", "252068008", "Pulsatility Index", (3620,))
"""Pulsatility Index (SCT 252068008)."""

HemodynamicResistanceIndex: _Final[_Code] = _Code(
    "DCM", "122220", "Hemodynamic Resistance Index", (3620,)
)
"""Hemodynamic Resistance Index (DCM 122220)."""

FractionalFlowReserve: _Final[_Code] = _Code("SCT", "371842003", "Fractional flow reserve", (3621,))
"""Fractional flow reserve (SCT 371842003). Included from CID 3621."""

FractionalFlowReserveUsingIntracoronaryBolus: _Final[_Code] = _Code(
    "SCT", "371835003", "Fractional Flow Reserve using intracoronary bolus", (3621,)
)
"""Fractional Flow Reserve using intracoronary bolus (SCT 371835003). Included from CID 3621."""

FractionalFlowReserveUsingIntravenousInfusion: _Final[_Code] = _Code(
    "SCT", "371841005", "Fractional Flow Reserve using intravenous infusion", (3621,)
)
"""Fractional Flow Reserve using intravenous infusion (SCT 371841005). Included from CID 3621."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TibialBrachialIndex,
    PulmonarySystemicFlowRatio,
    CoronaryFlowReserve,
    DiastolicSystolicVelocityRatio,
    HyperemicRatio,
    PulsatilityIndex,
    HemodynamicResistanceIndex,
    FractionalFlowReserve,
    FractionalFlowReserveUsingIntracoronaryBolus,
    FractionalFlowReserveUsingIntravenousInfusion,
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
