"""CID 3619 Hemodynamic Resistance Measurement.

Extensible, version 20160314, UID 1.2.840.10008.6.1.169.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3619
NAME: Final[str] = "Hemodynamic Resistance Measurement"
KEYWORD: Final[str | None] = "HemodynamicResistanceMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.169"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PulmonaryVascularResistance: Final[Code] = Code(
    "SCT", "276901002", "Pulmonary Vascular Resistance", (3619, 3641)
)
"""Pulmonary Vascular Resistance (SCT 276901002)."""

SystemicVascularResistance: Final[Code] = Code(
    "SCT", "386530009", "Systemic Vascular Resistance", (3619,)
)
"""Systemic Vascular Resistance (SCT 386530009)."""

TotalPulmonaryResistance: Final[Code] = Code("DCM", "122215", "Total Pulmonary Resistance", (3619,))
"""Total Pulmonary Resistance (DCM 122215)."""

TotalVascularResistance: Final[Code] = Code("DCM", "122216", "Total Vascular Resistance", (3619,))
"""Total Vascular Resistance (DCM 122216)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PulmonaryVascularResistance,
    SystemicVascularResistance,
    TotalPulmonaryResistance,
    TotalVascularResistance,
)
"""The resolved membership: own members, then those of the included groups, in order."""
