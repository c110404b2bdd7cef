"""TID 4100 Chest CAD Document Root.

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
    from dicomodel.templates import tid1204, tid4015, tid4016, tid4020, tid4101

__all__ = [
    "TEMPLATE",
    "ChestCADDocumentRoot",
    "ChestCADDocumentRootImageLibrary",
    "ChestCADDocumentRootSummaryOfDetections",
    "ChestCADDocumentRootSummaryOfAnalyses",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4100",
    name="Chest CAD Document Root",
    extensible=False,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "112000", "Chest CAD Report"),
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
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111028", "Image Library"),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="4020",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$ImageLaterality", (("cid", "D", "244"),)),
                ("$ImageView", (("cid", "D", "4010"),)),
                ("$ImageViewMod", (("cid", "D", "4011"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="4101",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111064", "Summary of Detections"),
            values=(("cid", "D", "6042"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="INCLUDE",
            requirement="MC",
            relationship="INFERRED FROM",
            include="4015",
            condition='Shall be present unless the value of Row 6 = (111225, DCM, "Not Attempted")',
            condition_status="parsed",
            required_if=("not", ("row_code", "6", (("111225", "DCM"),))),
            bindings=(("$DetectionCode", (("cid", "D", "6101"), ("cid", "D", "6102"))),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111065", "Summary of Analyses"),
            values=(("cid", "D", "6042"),),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="INCLUDE",
            requirement="MC",
            relationship="INFERRED FROM",
            include="4016",
            condition='Shall be present unless the value of Row 8 = (111225, DCM, "Not Attempted")',
            condition_status="parsed",
            required_if=("not", ("row_code", "8", (("111225", "DCM"),))),
            bindings=(("$AnalysisCode", (("cid", "D", "6137"),)),),
        ),
    ),
)


@dataclass(kw_only=True)
class ChestCADDocumentRoot(TemplatePart):
    """TID 4100 Chest CAD Document Root."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1204, VM 1, M"""

    image_library: ChestCADDocumentRootImageLibrary | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CONTAINER EV (111028, DCM, \"Image Library\"), VM 1, U"""

    chest_cad_findings_summary: tid4101.ChestCADFindingsSummary = field(metadata={"row": "5"})
    """Row 5: INCLUDE DTID 4101, VM 1, M"""

    summary_of_detections: ChestCADDocumentRootSummaryOfDetections = field(metadata={"row": "6"})
    """Row 6: CODE EV (111064, DCM, \"Summary of Detections\"), VM 1, M; values DCID 6042"""

    summary_of_analyses: ChestCADDocumentRootSummaryOfAnalyses = field(metadata={"row": "8"})
    """Row 8: CODE EV (111065, DCM, \"Summary of Analyses\"), VM 1, M; values DCID 6042"""


@dataclass(kw_only=True)
class ChestCADDocumentRootImageLibrary(TemplatePart):
    """Row 3 of TID 4100."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    cad_image_library_entry: list[tid4020.CADImageLibraryEntry] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 4020, VM 1-n, M"""


@dataclass(kw_only=True)
class ChestCADDocumentRootSummaryOfDetections(TemplatePart):
    """Row 6 of TID 4100."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    value: groups.Cid6042Code
    """The value of row 6 (CODE)."""

    cad_detections_performed: tid4015.CADDetectionsPerformed | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 4015, VM 1, MC: Shall be present unless the value of Row 6 = (111225, DCM, \"Not Attempted\")"""


@dataclass(kw_only=True)
class ChestCADDocumentRootSummaryOfAnalyses(TemplatePart):
    """Row 8 of TID 4100."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    value: groups.Cid6042Code
    """The value of row 8 (CODE)."""

    cad_analyses_performed: tid4016.CADAnalysesPerformed | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 4016, VM 1, MC: Shall be present unless the value of Row 8 = (111225, DCM, \"Not Attempted\")"""
