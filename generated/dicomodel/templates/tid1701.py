"""TID 1701 Imaging Study Quality.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ImagingStudyQuality",
    "ImagingStudyQualityQualityAssessment",
    "ImagingStudyQualityImagingSeriesQuality",
    "ImagingStudyQualityImagingSeriesQualityQualityAssessment",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1701",
    name="Imaging Study Quality",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130549", "Imaging Study Quality"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111050", "Quality Assessment"),
            values=(("cid", "D", "6044"),),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111051", "Quality Control Standard"),
            values=(("parameter", "$ImageQualityControlStandard"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111052", "Quality Finding"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$StudyQualityFindings"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130550", "Imaging Series Quality"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="UIDREF",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "112002", "Series Instance UID"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "111050", "Quality Assessment"),
            condition="At least one of Rows 7, 9, 10 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "7"), ("row_present", "9"), ("row_present", "10")),
            ),
            values=(("cid", "D", "6044"),),
        ),
        RowDef(
            key="8",
            nesting=3,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111051", "Quality Control Standard"),
            values=(("parameter", "$ImageQualityControlStandard"),),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "111052", "Quality Finding"),
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 7, 9, 10 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "7"), ("row_present", "9"), ("row_present", "10")),
            ),
            values=(("parameter", "$SeriesQualityFindings"),),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "111029", "Image Quality Rating"),
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 7, 9, 10 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "7"), ("row_present", "9"), ("row_present", "10")),
            ),
            units=(("code", "EV", "%", "UCUM", "Percent"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ImagingStudyQuality(TemplatePart):
    """TID 1701 Imaging Study Quality."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    quality_assessment: ImagingStudyQualityQualityAssessment = field(metadata={"row": "2"})
    """Row 2: CODE EV (111050, DCM, \"Quality Assessment\"), VM 1, M; values DCID 6044"""

    quality_finding: list[Code] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: CODE EV (111052, DCM, \"Quality Finding\"), VM 1-n, U; values $StudyQualityFindings"""

    imaging_series_quality: list[ImagingStudyQualityImagingSeriesQuality] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: CONTAINER EV (130550, DCM, \"Imaging Series Quality\"), VM 1-n, U"""


@dataclass(kw_only=True)
class ImagingStudyQualityQualityAssessment(TemplatePart):
    """Row 2 of TID 1701."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: groups.Cid6044Code
    """The value of row 2 (CODE)."""

    quality_control_standard: Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (111051, DCM, \"Quality Control Standard\"), VM 1, M; values $ImageQualityControlStandard"""


@dataclass(kw_only=True)
class ImagingStudyQualityImagingSeriesQuality(TemplatePart):
    """Row 5 of TID 1701."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    series_instance_uid: list[str] = field(default_factory=no_items, metadata={"row": "6"})
    """Row 6: UIDREF EV (112002, DCM, \"Series Instance UID\"), VM 1-n, M"""

    quality_assessment: ImagingStudyQualityImagingSeriesQualityQualityAssessment | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: CODE EV (111050, DCM, \"Quality Assessment\"), VM 1, MC: At least one of Rows 7, 9, 10 shall be present; values DCID 6044"""

    quality_finding: list[Code] = field(default_factory=no_items, metadata={"row": "9"})
    """Row 9: CODE EV (111052, DCM, \"Quality Finding\"), VM 1-n, MC: At least one of Rows 7, 9, 10 shall be present; values $SeriesQualityFindings"""

    image_quality_rating: list[Num] = field(default_factory=no_items, metadata={"row": "10"})
    """Row 10: NUM EV (111029, DCM, \"Image Quality Rating\"), VM 1-n, MC: At least one of Rows 7, 9, 10 shall be present; units EV (%, UCUM, \"Percent\")"""


@dataclass(kw_only=True)
class ImagingStudyQualityImagingSeriesQualityQualityAssessment(TemplatePart):
    """Row 7 of TID 1701."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: groups.Cid6044Code
    """The value of row 7 (CODE)."""

    quality_control_standard: Code = field(metadata={"row": "8"})
    """Row 8: CODE EV (111051, DCM, \"Quality Control Standard\"), VM 1, M; values $ImageQualityControlStandard"""
