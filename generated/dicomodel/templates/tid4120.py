"""TID 4120 Colon CAD Document Root.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1204, tid4015, tid4016, tid4121, tid4122

__all__ = [
    "TEMPLATE",
    "ColonCADDocumentRoot",
    "ColonCADDocumentRootSummaryOfDetections",
    "ColonCADDocumentRootSummaryOfAnalyses",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4120",
    name="Colon CAD Document Root",
    extensible=False,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "112220", "Colon CAD Report"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="4122",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="4121",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111064", "Summary of Detections"),
            values=(("cid", "D", "6042"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="INCLUDE",
            requirement="MC",
            relationship="INFERRED FROM",
            include="4015",
            condition='Shall be present unless the value of Row 5 = (111225, DCM, "Not Attempted")',
            condition_status="parsed",
            required_if=("not", ("row_code", "5", (("111225", "DCM"),))),
            bindings=(("$DetectionCode", (("cid", "D", "6201"),)),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111065", "Summary of Analyses"),
            values=(("cid", "D", "6042"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="INCLUDE",
            requirement="MC",
            relationship="INFERRED FROM",
            include="4016",
            condition='Shall be present unless the value of Row 7 = (111225, DCM, "Not Attempted")',
            condition_status="parsed",
            required_if=("not", ("row_code", "7", (("111225", "DCM"),))),
            bindings=(("$AnalysisCode", (("cid", "D", "6137"),)),),
        ),
    ),
)


@dataclass(kw_only=True)
class ColonCADDocumentRoot(TemplatePart):
    """TID 4120 Colon CAD Document Root."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1204, VM 1, M"""

    cad_common_image_properties_entry: list[tid4122.CADCommonImagePropertiesEntry] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 4122, VM 1-n, M"""

    colon_cad_findings_summary: tid4121.ColonCADFindingsSummary = field(metadata={"row": "4"})
    """Row 4: INCLUDE DTID 4121, VM 1, M"""

    summary_of_detections: ColonCADDocumentRootSummaryOfDetections = field(metadata={"row": "5"})
    """Row 5: CODE EV (111064, DCM, \"Summary of Detections\"), VM 1, M; values DCID 6042"""

    summary_of_analyses: ColonCADDocumentRootSummaryOfAnalyses = field(metadata={"row": "7"})
    """Row 7: CODE EV (111065, DCM, \"Summary of Analyses\"), VM 1, M; values DCID 6042"""


@dataclass(kw_only=True)
class ColonCADDocumentRootSummaryOfDetections(TemplatePart):
    """Row 5 of TID 4120."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: groups.Cid6042Code
    """The value of row 5 (CODE)."""

    cad_detections_performed: tid4015.CADDetectionsPerformed | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 4015, VM 1, MC: Shall be present unless the value of Row 5 = (111225, DCM, \"Not Attempted\")"""


@dataclass(kw_only=True)
class ColonCADDocumentRootSummaryOfAnalyses(TemplatePart):
    """Row 7 of TID 4120."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: groups.Cid6042Code
    """The value of row 7 (CODE)."""

    cad_analyses_performed: tid4016.CADAnalysesPerformed | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 4016, VM 1, MC: Shall be present unless the value of Row 7 = (111225, DCM, \"Not Attempted\")"""
