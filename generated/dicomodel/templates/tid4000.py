"""TID 4000 Mammography CAD Document Root.

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
    from dicomodel.templates import tid1204, tid4001, tid4015, tid4016, tid4020

__all__ = [
    "TEMPLATE",
    "MammographyCADDocumentRoot",
    "MammographyCADDocumentRootImageLibrary",
    "MammographyCADDocumentRootSummaryOfDetections",
    "MammographyCADDocumentRootSummaryOfAnalyses",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4000",
    name="Mammography CAD Document Root",
    extensible=False,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "111036", "Mammography CAD Report"),
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
            requirement="M",
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
                ("$ImageLaterality", (("cid", "D", "6022"),)),
                ("$ImageView", (("cid", "D", "4014"),)),
                ("$ImageViewMod", (("cid", "D", "4015"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="4001",
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
            condition='Shall be present unless the value of (111064, DCM, "Summary of Detections") is (111225, DCM, "Not Attempted")',
            condition_status="parsed",
            required_if=("not", ("concept_code", ("111064", "DCM"), (("111225", "DCM"),))),
            bindings=(("$DetectionCode", (("cid", "D", "6014"),)),),
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
            condition='Shall be present unless the value of (111065, DCM, "Summary of Analyses") is (111225, DCM, "Not Attempted")',
            condition_status="parsed",
            required_if=("not", ("concept_code", ("111065", "DCM"), (("111225", "DCM"),))),
            bindings=(("$AnalysisCode", (("cid", "D", "6043"),)),),
        ),
    ),
)


@dataclass(kw_only=True)
class MammographyCADDocumentRoot(TemplatePart):
    """TID 4000 Mammography CAD Document Root."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1204, VM 1, M"""

    image_library: MammographyCADDocumentRootImageLibrary = field(metadata={"row": "3"})
    """Row 3: CONTAINER EV (111028, DCM, \"Image Library\"), VM 1, M"""

    mammography_cad_overall_impression_recommendation: tid4001.MammographyCADOverallImpressionRecommendation = field(
        metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 4001, VM 1, M"""

    summary_of_detections: MammographyCADDocumentRootSummaryOfDetections = field(
        metadata={"row": "6"}
    )
    """Row 6: CODE EV (111064, DCM, \"Summary of Detections\"), VM 1, M; values DCID 6042"""

    summary_of_analyses: MammographyCADDocumentRootSummaryOfAnalyses = field(metadata={"row": "8"})
    """Row 8: CODE EV (111065, DCM, \"Summary of Analyses\"), VM 1, M; values DCID 6042"""


@dataclass(kw_only=True)
class MammographyCADDocumentRootImageLibrary(TemplatePart):
    """Row 3 of TID 4000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    cad_image_library_entry: list[tid4020.CADImageLibraryEntry] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 4020, VM 1-n, M"""


@dataclass(kw_only=True)
class MammographyCADDocumentRootSummaryOfDetections(TemplatePart):
    """Row 6 of TID 4000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    value: groups.Cid6042Code
    """The value of row 6 (CODE)."""

    cad_detections_performed: tid4015.CADDetectionsPerformed | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 4015, VM 1, MC: Shall be present unless the value of (111064, DCM, \"Summary of Detections\") is (111225, DCM, \"Not Attempted\")"""


@dataclass(kw_only=True)
class MammographyCADDocumentRootSummaryOfAnalyses(TemplatePart):
    """Row 8 of TID 4000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    value: groups.Cid6042Code
    """The value of row 8 (CODE)."""

    cad_analyses_performed: tid4016.CADAnalysesPerformed | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 4016, VM 1, MC: Shall be present unless the value of (111065, DCM, \"Summary of Analyses\") is (111225, DCM, \"Not Attempted\")"""
