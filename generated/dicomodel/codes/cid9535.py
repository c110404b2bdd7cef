"""CID 9535 Radiotherapy Dose Calculation Role.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1245.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9535
NAME: _Final[str] = "Radiotherapy Dose Calculation Role"
KEYWORD: _Final[str | None] = "RadiotherapyDoseCalculationRole"
UID: _Final[str | None] = "1.2.840.10008.6.1.1245"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PlanningOrganAtRiskVolume: _Final[_Code] = _Code(
    "DCM", "130057", "Planning Organ At Risk Volume", (9535,)
)
"""Planning Organ At Risk Volume (DCM 130057)."""

AvoidanceVolume: _Final[_Code] = _Code("DCM", "130058", "Avoidance Volume", (9535,))
"""Avoidance Volume (DCM 130058)."""

OrganAtRisk: _Final[_Code] = _Code("DCM", "130060", "Organ At Risk", (9535,))
"""Organ At Risk (DCM 130060)."""

RadiationDoseShapingVolume: _Final[_Code] = _Code(
    "DCM", "130061", "Radiation Dose Shaping Volume", (9535,)
)
"""Radiation Dose Shaping Volume (DCM 130061)."""

ConformalityShell: _Final[_Code] = _Code("DCM", "130062", "Conformality Shell", (9535,))
"""Conformality Shell (DCM 130062)."""

DoseCalculationBoundingVolume: _Final[_Code] = _Code(
    "DCM", "130065", "Dose Calculation Bounding Volume", (9535,)
)
"""Dose Calculation Bounding Volume (DCM 130065)."""

RadiationInteractionVolume: _Final[_Code] = _Code(
    "DCM", "130066", "Radiation Interaction Volume", (9535,)
)
"""Radiation Interaction Volume (DCM 130066)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PlanningOrganAtRiskVolume,
    AvoidanceVolume,
    OrganAtRisk,
    RadiationDoseShapingVolume,
    ConformalityShell,
    DoseCalculationBoundingVolume,
    RadiationInteractionVolume,
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
