"""TID 5228 Cardiac Ultrasound Fetal Measurement Section.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid1008, tid5222

__all__ = [
    "TEMPLATE",
    "CardiacUltrasoundFetalMeasurementSection",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5228",
    name="Cardiac Ultrasound Fetal Measurement Section",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "125016", "Fetal Measurements"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            include="1008",
            condition="IF this Template is invoked more than once to describe more than one fetus.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF this Template is invoked more than once to describe more than one fetus",
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(("$Measurement", (("cid", "D", "12279"),)),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5222",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$SectionSubject", (("code", "EV", "4432005", "SCT", "Ductus arteriosus"),)),
                ("$MeasType", (("cid", "D", "12218"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5222",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$SectionSubject", (("code", "EV", "367624001", "SCT", "Ductus venosus"),)),
                ("$MeasType", (("cid", "D", "12218"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5222",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$SectionSubject", (("code", "EV", "50536004", "SCT", "Umbilical artery"),)),
                ("$MeasType", (("cid", "D", "12218"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5222",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$SectionSubject", (("code", "EV", "367567000", "SCT", "Umbilical vein"),)),
                ("$MeasType", (("cid", "D", "12218"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5222",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$SectionSubject", (("code", "EV", "17232002", "SCT", "Middle cerebral artery"),)),
                ("$MeasType", (("cid", "D", "12218"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class CardiacUltrasoundFetalMeasurementSection(TemplatePart):
    """TID 5228 Cardiac Ultrasound Fetal Measurement Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    subject_context_fetus: tid1008.SubjectContextFetus | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1008, VM 1, MC: IF this Template is invoked more than once to describe more than one fetus."""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 300, VM 1-n, U"""

    pediatric_fetal_and_congenital_cardiac_ultrasound_section: list[
        tid5222.PediatricFetalAndCongenitalCardiacUltrasoundSection
    ] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 5222, VM 1-n, U"""

    pediatric_fetal_and_congenital_cardiac_ultrasound_section_row_5: list[
        tid5222.PediatricFetalAndCongenitalCardiacUltrasoundSection
    ] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 5222, VM 1-n, U"""

    pediatric_fetal_and_congenital_cardiac_ultrasound_section_row_6: list[
        tid5222.PediatricFetalAndCongenitalCardiacUltrasoundSection
    ] = field(default_factory=no_items, metadata={"row": "6"})
    """Row 6: INCLUDE DTID 5222, VM 1-n, U"""

    pediatric_fetal_and_congenital_cardiac_ultrasound_section_row_7: list[
        tid5222.PediatricFetalAndCongenitalCardiacUltrasoundSection
    ] = field(default_factory=no_items, metadata={"row": "7"})
    """Row 7: INCLUDE DTID 5222, VM 1-n, U"""

    pediatric_fetal_and_congenital_cardiac_ultrasound_section_row_8: list[
        tid5222.PediatricFetalAndCongenitalCardiacUltrasoundSection
    ] = field(default_factory=no_items, metadata={"row": "8"})
    """Row 8: INCLUDE DTID 5222, VM 1-n, U"""
