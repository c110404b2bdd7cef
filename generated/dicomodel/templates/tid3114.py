"""TID 3114 Patient Assessment.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "PatientAssessment",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3114",
    name="Patient Assessment",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "121123", "Patient Status or Event"),
            values=(
                ("code", "DT", "121165", "DCM", "Patient Assessment Performed"),
                ("code", "DT", "61746007", "SCT", "Observation of Vital Signs"),
            ),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            include="300",
            condition='IF Row 1 value = (61746007, SCT, "Observation of Vital Signs")',
            condition_status="parsed",
            required_if=("row_code", "1", (("61746007", "SCT"),)),
            bindings=(
                ("$Measurement", (("code", "EV", "271649006", "SCT", "Systolic blood pressure"),)),
                ("$Units", (("cid", "D", "3500"),)),
                ("$Method", (("cid", "B", "3560"),)),
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            include="300",
            condition='IF Row 1 value = (61746007, SCT, "Observation of Vital Signs")',
            condition_status="parsed",
            required_if=("row_code", "1", (("61746007", "SCT"),)),
            bindings=(
                ("$Measurement", (("code", "EV", "271650006", "SCT", "Diastolic blood pressure"),)),
                ("$Units", (("cid", "D", "3500"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            include="300",
            condition='IF Row 1 value = (61746007, SCT, "Observation of Vital Signs")',
            condition_status="parsed",
            required_if=("row_code", "1", (("61746007", "SCT"),)),
            bindings=(
                ("$Measurement", (("code", "EV", "8867-4", "LN", "Heart rate"),)),
                ("$Units", (("code", "EV", "{H.B.}/min", "UCUM", "BPM"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            include="300",
            condition='IF Row 1 value = (61746007, SCT, "Observation of Vital Signs")',
            condition_status="parsed",
            required_if=("row_code", "1", (("61746007", "SCT"),)),
            bindings=(
                ("$Measurement", (("code", "EV", "8310-5", "LN", "Body temperature"),)),
                ("$Units", (("code", "EV", "Cel", "UCUM", "C"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            include="300",
            condition='IF Row 1 value = (61746007, SCT, "Observation of Vital Signs")',
            condition_status="parsed",
            required_if=("row_code", "1", (("61746007", "SCT"),)),
            bindings=(
                ("$Measurement", (("cid", "D", "3526"),)),
                ("$Units", (("code", "EV", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            include="300",
            condition='IF Row 1 value = (61746007, SCT, "Observation of Vital Signs")',
            condition_status="parsed",
            required_if=("row_code", "1", (("61746007", "SCT"),)),
            bindings=(
                ("$Measurement", (("code", "EV", "86290005", "SCT", "Respiration rate"),)),
                ("$Units", (("code", "EV", "/min", "UCUM", "breaths/min"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            include="300",
            vm_min=1,
            vm_max=None,
            condition='IF Row 1 value = (61746007, SCT, "Observation of Vital Signs")',
            condition_status="parsed",
            required_if=("row_code", "1", (("61746007", "SCT"),)),
            bindings=(
                ("$Measurement", (("code", "EV", "122195", "DCM", "Pulse Strength"),)),
                ("$Method", (("cid", "B", "3442"),)),
                ("$TargetSite", (("cid", "B", "3440"),)),
                ("$Units", (("code", "DT", "{0:4}", "UCUM", "range 0:4"),)),
            ),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            include="300",
            condition='IF Row 1 value = (61746007, SCT, "Observation of Vital Signs")',
            condition_status="parsed",
            required_if=("row_code", "1", (("61746007", "SCT"),)),
            bindings=(
                ("$Measurement", (("code", "EV", "225908003", "SCT", "Pain Score"),)),
                ("$Units", (("code", "DT", "{1:10}", "UCUM", "range 1:10"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("LN", "8884-9", "Cardiac Rhythm"),
            values=(("cid", "B", "3415"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("LN", "9304-7", "Respiration Rhythm"),
            values=(("cid", "B", "3416"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "364062005", "Respiration Assessment"),
            values=(("cid", "B", "3448"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "364528001", "Skin condition"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "3446"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "363871006", "Patient mental state assessment"),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "B", "3441"),
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class PatientAssessment(TemplatePart):
    """TID 3114 Patient Assessment."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Code
    """The value of row 1 (CODE)."""

    measurement: tid300.Measurement | None = field(default=None, metadata={"row": "2"})
    """Row 2: INCLUDE DTID 300, VM 1, MC: IF Row 1 value = (61746007, SCT, \"Observation of Vital Signs\")"""

    measurement_row_3: tid300.Measurement | None = field(default=None, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 300, VM 1, MC: IF Row 1 value = (61746007, SCT, \"Observation of Vital Signs\")"""

    measurement_row_4: tid300.Measurement | None = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 300, VM 1, MC: IF Row 1 value = (61746007, SCT, \"Observation of Vital Signs\")"""

    measurement_row_5: tid300.Measurement | None = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 300, VM 1, MC: IF Row 1 value = (61746007, SCT, \"Observation of Vital Signs\")"""

    measurement_row_6: tid300.Measurement | None = field(default=None, metadata={"row": "6"})
    """Row 6: INCLUDE DTID 300, VM 1, MC: IF Row 1 value = (61746007, SCT, \"Observation of Vital Signs\")"""

    measurement_row_7: tid300.Measurement | None = field(default=None, metadata={"row": "7"})
    """Row 7: INCLUDE DTID 300, VM 1, MC: IF Row 1 value = (61746007, SCT, \"Observation of Vital Signs\")"""

    measurement_row_8: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 300, VM 1-n, MC: IF Row 1 value = (61746007, SCT, \"Observation of Vital Signs\")"""

    measurement_row_9: tid300.Measurement | None = field(default=None, metadata={"row": "9"})
    """Row 9: INCLUDE DTID 300, VM 1, MC: IF Row 1 value = (61746007, SCT, \"Observation of Vital Signs\")"""

    cardiac_rhythm: groups.Cid3415Code | Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE DT (8884-9, LN, \"Cardiac Rhythm\"), VM 1, U; values BCID 3415"""

    respiration_rhythm: groups.Cid3416Code | Code | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: CODE DT (9304-7, LN, \"Respiration Rhythm\"), VM 1, U; values BCID 3416"""

    respiration_assessment: groups.Cid3448Code | Code | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: CODE DT (364062005, SCT, \"Respiration Assessment\"), VM 1, U; values BCID 3448"""

    skin_condition: list[groups.Cid3446Code | Code] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: CODE DT (364528001, SCT, \"Skin condition\"), VM 1-n, U; values BCID 3446"""

    patient_mental_state_assessment: Code | None = field(default=None, metadata={"row": "14"})
    """Row 14: CODE DT (363871006, SCT, \"Patient mental state assessment\"), VM 1, U"""

    cid_3441: list[Named[str]] = field(default_factory=no_items, metadata={"row": "15"})
    """Row 15: TEXT BCID 3441, VM 1-n, U"""
