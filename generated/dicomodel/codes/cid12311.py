"""CID 12311 Echo Measured Strain Property.

Non-extensible, version 20211112, UID 1.2.840.10008.6.1.1428.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12311
NAME: _Final[str] = "Echo Measured Strain Property"
KEYWORD: _Final[str | None] = "EchoMeasuredStrainProperty"
UID: _Final[str | None] = "1.2.840.10008.6.1.1428"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20211112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LongitudinalLagrangianStrain: _Final[_Code] = _Code(
    "DCM", "130670", "Longitudinal Lagrangian Strain", (12311,)
)
"""Longitudinal Lagrangian Strain (DCM 130670)."""

PeakLongitudinalLagrangianStrain: _Final[_Code] = _Code(
    "DCM", "130671", "Peak Longitudinal Lagrangian Strain", (12311,)
)
"""Peak Longitudinal Lagrangian Strain (DCM 130671)."""

TimeToPeakLongitudinalLagrangianStrain: _Final[_Code] = _Code(
    "DCM", "130672", "Time to Peak Longitudinal Lagrangian Strain", (12311,)
)
"""Time to Peak Longitudinal Lagrangian Strain (DCM 130672)."""

MechanicalDispersion: _Final[_Code] = _Code("DCM", "130673", "Mechanical Dispersion", (12311,))
"""Mechanical Dispersion (DCM 130673)."""

LongitudinalLagrangianStrainRate: _Final[_Code] = _Code(
    "DCM", "130674", "Longitudinal Lagrangian Strain Rate", (12311,)
)
"""Longitudinal Lagrangian Strain Rate (DCM 130674)."""

RadialLagrangianStrain: _Final[_Code] = _Code("DCM", "130675", "Radial Lagrangian Strain", (12311,))
"""Radial Lagrangian Strain (DCM 130675)."""

RadialLagrangianStrainRate: _Final[_Code] = _Code(
    "DCM", "130676", "Radial Lagrangian Strain Rate", (12311,)
)
"""Radial Lagrangian Strain Rate (DCM 130676)."""

CircumferentialLagrangianStrain: _Final[_Code] = _Code(
    "DCM", "130677", "Circumferential Lagrangian Strain", (12311,)
)
"""Circumferential Lagrangian Strain (DCM 130677)."""

CircumferentialLagrangianStrainRate: _Final[_Code] = _Code(
    "DCM", "130678", "Circumferential Lagrangian Strain Rate", (12311,)
)
"""Circumferential Lagrangian Strain Rate (DCM 130678)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LongitudinalLagrangianStrain,
    PeakLongitudinalLagrangianStrain,
    TimeToPeakLongitudinalLagrangianStrain,
    MechanicalDispersion,
    LongitudinalLagrangianStrainRate,
    RadialLagrangianStrain,
    RadialLagrangianStrainRate,
    CircumferentialLagrangianStrain,
    CircumferentialLagrangianStrainRate,
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
