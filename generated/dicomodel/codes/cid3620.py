"""CID 3620 Hemodynamic Ratio.

Extensible, version 20030327, UID 1.2.840.10008.6.1.170.
Includes CID 3621.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3620
NAME: Final[str] = "Hemodynamic Ratio"
KEYWORD: Final[str | None] = "HemodynamicRatio"
UID: Final[str | None] = "1.2.840.10008.6.1.170"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = (3621,)
EXTERNAL_SCHEME: Final[str | None] = None

TibialBrachialIndex: Final[Code] = Code("LN", "8581-1", "Tibial/brachial index", (3620,))
"""Tibial/brachial index (LN 8581-1)."""

PulmonarySystemicFlowRatio: Final[Code] = Code(
    "SCT", "251050008", "Pulmonary/Systemic Flow Ratio", (3620,)
)
"""Pulmonary/Systemic Flow Ratio (SCT 251050008)."""

CoronaryFlowReserve: Final[Code] = Code("DCM", "122217", "Coronary Flow reserve", (3620,))
"""Coronary Flow reserve (DCM 122217)."""

DiastolicSystolicVelocityRatio: Final[Code] = Code(
    "DCM", "122218", "Diastolic/Systolic velocity ratio", (3620,)
)
"""Diastolic/Systolic velocity ratio (DCM 122218)."""

HyperemicRatio: Final[Code] = Code("DCM", "122219", "Hyperemic ratio", (3620,))
"""Hyperemic ratio (DCM 122219)."""

PulsatilityIndex: Final[Code] = Code("SCT", "252068008", "Pulsatility Index", (3620,))
"""Pulsatility Index (SCT 252068008)."""

HemodynamicResistanceIndex: Final[Code] = Code(
    "DCM", "122220", "Hemodynamic Resistance Index", (3620,)
)
"""Hemodynamic Resistance Index (DCM 122220)."""

FractionalFlowReserve: Final[Code] = Code("SCT", "371842003", "Fractional flow reserve", (3621,))
"""Fractional flow reserve (SCT 371842003). Included from CID 3621."""

FractionalFlowReserveUsingIntracoronaryBolus: Final[Code] = Code(
    "SCT", "371835003", "Fractional Flow Reserve using intracoronary bolus", (3621,)
)
"""Fractional Flow Reserve using intracoronary bolus (SCT 371835003). Included from CID 3621."""

FractionalFlowReserveUsingIntravenousInfusion: Final[Code] = Code(
    "SCT", "371841005", "Fractional Flow Reserve using intravenous infusion", (3621,)
)
"""Fractional Flow Reserve using intravenous infusion (SCT 371841005). Included from CID 3621."""

MEMBERS: Final[tuple[Code, ...]] = (
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
