"""CID 7064 Model Usage.

Extensible, version 20180403, UID 1.2.840.10008.6.1.1205.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7064
NAME: _Final[str] = "Model Usage"
KEYWORD: _Final[str | None] = "ModelUsage"
UID: _Final[str | None] = "1.2.840.10008.6.1.1205"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20180403"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EducationalIntent: _Final[_Code] = _Code("DCM", "129012", "Educational Intent", (7064,))
"""Educational Intent (DCM 129012)."""

DiagnosticIntent: _Final[_Code] = _Code(
    "SCT", "261004008", "Diagnostic Intent", (3629, 4256, 6061, 6319, 7064)
)
"""Diagnostic Intent (SCT 261004008)."""

PlanningIntent: _Final[_Code] = _Code("DCM", "129013", "Planning Intent", (7064,))
"""Planning Intent (DCM 129013)."""

ToolFabrication: _Final[_Code] = _Code("DCM", "129014", "Tool Fabrication", (7064,))
"""Tool Fabrication (DCM 129014)."""

ProstheticFabrication: _Final[_Code] = _Code("DCM", "129015", "Prosthetic Fabrication", (7064,))
"""Prosthetic Fabrication (DCM 129015)."""

ImplantFabrication: _Final[_Code] = _Code("DCM", "129016", "Implant Fabrication", (7064,))
"""Implant Fabrication (DCM 129016)."""

QualityControlIntent: _Final[_Code] = _Code(
    "DCM", "113680", "Quality Control Intent", (3629, 7031, 7064)
)
"""Quality Control Intent (DCM 113680)."""

SimulationIntent: _Final[_Code] = _Code("DCM", "129017", "Simulation Intent", (7064,))
"""Simulation Intent (DCM 129017)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    EducationalIntent,
    DiagnosticIntent,
    PlanningIntent,
    ToolFabrication,
    ProstheticFabrication,
    ImplantFabrication,
    QualityControlIntent,
    SimulationIntent,
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
