"""CID 4262 Retinal Thickness Definition.

Extensible, version 20110825, UID 1.2.840.10008.6.1.938.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4262
NAME: Final[str] = "Retinal Thickness Definition"
KEYWORD: Final[str | None] = "RetinalThicknessDefinition"
UID: Final[str | None] = "1.2.840.10008.6.1.938"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110825"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RetinalNerveFiberLayerThickness: Final[Code] = Code(
    "DCM", "111925", "Retinal nerve fiber layer thickness", (4262,)
)
"""Retinal nerve fiber layer thickness (DCM 111925)."""

GanglionCellComplexThickness: Final[Code] = Code(
    "DCM", "111926", "Ganglion cell complex thickness", (4262,)
)
"""Ganglion cell complex thickness (DCM 111926)."""

TotalRetinalThicknessILMToISOS: Final[Code] = Code(
    "DCM", "111927", "Total retinal thickness (ILM to IS-OS)", (4262,)
)
"""Total retinal thickness (ILM to IS-OS) (DCM 111927)."""

TotalRetinalThicknessILMToRPE: Final[Code] = Code(
    "DCM", "111928", "Total retinal thickness (ILM to RPE)", (4262,)
)
"""Total retinal thickness (ILM to RPE) (DCM 111928)."""

TotalRetinalThicknessILMToBM: Final[Code] = Code(
    "DCM", "111929", "Total retinal thickness (ILM to BM)", (4262,)
)
"""Total retinal thickness (ILM to BM) (DCM 111929)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RetinalNerveFiberLayerThickness,
    GanglionCellComplexThickness,
    TotalRetinalThicknessILMToISOS,
    TotalRetinalThicknessILMToRPE,
    TotalRetinalThicknessILMToBM,
)
"""The resolved membership: own members, then those of the included groups, in order."""
