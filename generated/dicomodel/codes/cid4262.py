"""CID 4262 Retinal Thickness Definition.

Extensible, version 20110825, UID 1.2.840.10008.6.1.938.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4262
NAME: _Final[str] = "Retinal Thickness Definition"
KEYWORD: _Final[str | None] = "RetinalThicknessDefinition"
UID: _Final[str | None] = "1.2.840.10008.6.1.938"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110825"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RetinalNerveFiberLayerThickness: _Final[_Code] = _Code(
    "DCM", "111925", "Retinal nerve fiber layer thickness", (4262,)
)
"""Retinal nerve fiber layer thickness (DCM 111925)."""

GanglionCellComplexThickness: _Final[_Code] = _Code(
    "DCM", "111926", "Ganglion cell complex thickness", (4262,)
)
"""Ganglion cell complex thickness (DCM 111926)."""

TotalRetinalThicknessILMToISOS: _Final[_Code] = _Code(
    "DCM", "111927", "Total retinal thickness (ILM to IS-OS)", (4262,)
)
"""Total retinal thickness (ILM to IS-OS) (DCM 111927)."""

TotalRetinalThicknessILMToRPE: _Final[_Code] = _Code(
    "DCM", "111928", "Total retinal thickness (ILM to RPE)", (4262,)
)
"""Total retinal thickness (ILM to RPE) (DCM 111928)."""

TotalRetinalThicknessILMToBM: _Final[_Code] = _Code(
    "DCM", "111929", "Total retinal thickness (ILM to BM)", (4262,)
)
"""Total retinal thickness (ILM to BM) (DCM 111929)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RetinalNerveFiberLayerThickness,
    GanglionCellComplexThickness,
    TotalRetinalThicknessILMToISOS,
    TotalRetinalThicknessILMToRPE,
    TotalRetinalThicknessILMToBM,
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
