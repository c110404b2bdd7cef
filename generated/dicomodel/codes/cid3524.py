"""CID 3524 Blood Gas Pressure.

Extensible, version 20030327, UID 1.2.840.10008.6.1.138.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3524
NAME: _Final[str] = "Blood Gas Pressure"
KEYWORD: _Final[str | None] = "BloodGasPressure"
UID: _Final[str | None] = "1.2.840.10008.6.1.138"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BloodCarbonDioxidePartialPressure: _Final[_Code] = _Code(
    "LN", "11557-6", "Blood Carbon dioxide partial pressure", (3524,)
)
"""Blood Carbon dioxide partial pressure (LN 11557-6)."""

ArterialBloodCarbonDioxidePartialPressure: _Final[_Code] = _Code(
    "LN", "2019-8", "Arterial Blood Carbon dioxide partial pressure", (3524,)
)
"""Arterial Blood Carbon dioxide partial pressure (LN 2019-8)."""

VenousBloodCarbonDioxidePartialPressure: _Final[_Code] = _Code(
    "LN", "2021-4", "Venous Blood Carbon dioxide partial pressure", (3524,)
)
"""Venous Blood Carbon dioxide partial pressure (LN 2021-4)."""

BloodOxygenPartialPressure: _Final[_Code] = _Code(
    "LN", "11556-8", "Blood Oxygen partial pressure", (3524,)
)
"""Blood Oxygen partial pressure (LN 11556-8)."""

ArterialOxygenPartialPressure: _Final[_Code] = _Code(
    "LN", "2703-7", "Arterial Oxygen partial pressure", (3524,)
)
"""Arterial Oxygen partial pressure (LN 2703-7)."""

VenousOxygenPartialPressure: _Final[_Code] = _Code(
    "LN", "2705-2", "Venous Oxygen partial pressure", (3524,)
)
"""Venous Oxygen partial pressure (LN 2705-2)."""

OxygenPartialPressureAt50PercentSaturationP50: _Final[_Code] = _Code(
    "LN", "19217-9", "Oxygen partial pressure at 50% saturation (P50)", (3524,)
)
"""Oxygen partial pressure at 50% saturation (P50) (LN 19217-9)."""

ArterialOxygenPartialPressureAt50PercentSaturation: _Final[_Code] = _Code(
    "LN", "19214-6", "Arterial Oxygen partial pressure at 50% saturation", (3524,)
)
"""Arterial Oxygen partial pressure at 50% saturation (LN 19214-6)."""

VenousOxygenPartialPressureAt50PercentSaturation: _Final[_Code] = _Code(
    "LN", "19216-1", "Venous Oxygen partial pressure at 50% saturation", (3524,)
)
"""Venous Oxygen partial pressure at 50% saturation (LN 19216-1)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BloodCarbonDioxidePartialPressure,
    ArterialBloodCarbonDioxidePartialPressure,
    VenousBloodCarbonDioxidePartialPressure,
    BloodOxygenPartialPressure,
    ArterialOxygenPartialPressure,
    VenousOxygenPartialPressure,
    OxygenPartialPressureAt50PercentSaturationP50,
    ArterialOxygenPartialPressureAt50PercentSaturation,
    VenousOxygenPartialPressureAt50PercentSaturation,
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
