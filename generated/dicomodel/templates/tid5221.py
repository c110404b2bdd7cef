"""TID 5221 Cardiac Ultrasound Pediatric Echo Measurement Section.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid5222

__all__ = [
    "TEMPLATE",
    "CardiacUltrasoundPediatricEchoMeasurementSection",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5221",
    name="Cardiac Ultrasound Pediatric Echo Measurement Section",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="5222",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$SectionSubject", (("cid", "D", "12282"),)),
                ("$MeasType", (("cid", "D", "12264"),)),
            ),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="5222",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$SectionSubject", (("cid", "D", "12283"),)),
                ("$MeasType", (("cid", "D", "12263"),)),
            ),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="5222",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$SectionSubject", (("cid", "D", "12284"),)),
                ("$MeasType", (("cid", "D", "12265"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="5222",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$SectionSubject", (("cid", "D", "12285"),)),
                ("$MeasType", (("cid", "D", "12268"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="5222",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$SectionSubject", (("cid", "D", "12286"),)),
                ("$MeasType", (("cid", "D", "12269"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="5222",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$SectionSubject", (("cid", "D", "12287"),)),
                ("$MeasType", (("cid", "D", "12259"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="5222",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$SectionSubject", (("cid", "D", "12288"),)),
                ("$MeasType", (("cid", "D", "12271"),)),
            ),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="5222",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$SectionSubject", (("cid", "D", "12289"),)),
                ("$MeasType", (("cid", "D", "12272"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="5222",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$SectionSubject", (("cid", "D", "12290"),)),
                ("$MeasType", (("cid", "D", "12260"),)),
            ),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="5222",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$SectionSubject", (("cid", "D", "12291"),)),
                ("$MeasType", (("cid", "D", "12274"),)),
            ),
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="5222",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$SectionSubject", (("cid", "D", "12292"),)),
                ("$MeasType", (("cid", "D", "12275"),)),
            ),
        ),
        RowDef(
            key="13",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="5222",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$SectionSubject", (("cid", "D", "12293"),)),
                ("$MeasType", (("cid", "D", "12276"),)),
            ),
        ),
        RowDef(
            key="14",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="5222",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$SectionSubject", (("cid", "D", "12294"),)),
                ("$MeasType", (("cid", "D", "12277"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class CardiacUltrasoundPediatricEchoMeasurementSection(TemplatePart):
    """TID 5221 Cardiac Ultrasound Pediatric Echo Measurement Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    pediatric_fetal_and_congenital_cardiac_ultrasound_section: list[
        tid5222.PediatricFetalAndCongenitalCardiacUltrasoundSection
    ] = field(default_factory=no_items, metadata={"row": "1"})
    """Row 1: INCLUDE DTID 5222, VM 1-n, U"""

    pediatric_fetal_and_congenital_cardiac_ultrasound_section_row_2: list[
        tid5222.PediatricFetalAndCongenitalCardiacUltrasoundSection
    ] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: INCLUDE DTID 5222, VM 1-n, U"""

    pediatric_fetal_and_congenital_cardiac_ultrasound_section_row_3: list[
        tid5222.PediatricFetalAndCongenitalCardiacUltrasoundSection
    ] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 5222, VM 1-n, U"""

    pediatric_fetal_and_congenital_cardiac_ultrasound_section_row_4: list[
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

    pediatric_fetal_and_congenital_cardiac_ultrasound_section_row_8: list[
        tid5222.PediatricFetalAndCongenitalCardiacUltrasoundSection
    ] = field(default_factory=no_items, metadata={"row": "8"})
    """Row 8: INCLUDE DTID 5222, VM 1-n, U"""

    pediatric_fetal_and_congenital_cardiac_ultrasound_section_row_9: list[
        tid5222.PediatricFetalAndCongenitalCardiacUltrasoundSection
    ] = field(default_factory=no_items, metadata={"row": "9"})
    """Row 9: INCLUDE DTID 5222, VM 1-n, U"""

    pediatric_fetal_and_congenital_cardiac_ultrasound_section_row_10: list[
        tid5222.PediatricFetalAndCongenitalCardiacUltrasoundSection
    ] = field(default_factory=no_items, metadata={"row": "10"})
    """Row 10: INCLUDE DTID 5222, VM 1-n, U"""

    pediatric_fetal_and_congenital_cardiac_ultrasound_section_row_11: list[
        tid5222.PediatricFetalAndCongenitalCardiacUltrasoundSection
    ] = field(default_factory=no_items, metadata={"row": "11"})
    """Row 11: INCLUDE DTID 5222, VM 1-n, U"""

    pediatric_fetal_and_congenital_cardiac_ultrasound_section_row_12: list[
        tid5222.PediatricFetalAndCongenitalCardiacUltrasoundSection
    ] = field(default_factory=no_items, metadata={"row": "12"})
    """Row 12: INCLUDE DTID 5222, VM 1-n, U"""

    pediatric_fetal_and_congenital_cardiac_ultrasound_section_row_13: list[
        tid5222.PediatricFetalAndCongenitalCardiacUltrasoundSection
    ] = field(default_factory=no_items, metadata={"row": "13"})
    """Row 13: INCLUDE DTID 5222, VM 1-n, U"""

    pediatric_fetal_and_congenital_cardiac_ultrasound_section_row_14: list[
        tid5222.PediatricFetalAndCongenitalCardiacUltrasoundSection
    ] = field(default_factory=no_items, metadata={"row": "14"})
    """Row 14: INCLUDE DTID 5222, VM 1-n, U"""
