"""TID 5009 Fetal Biophysical Profile Section.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1008

__all__ = [
    "TEMPLATE",
    "FetalBiophysicalProfileSection",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5009",
    name="Fetal Biophysical Profile Section",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "125006", "Biophysical Profile"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            include="1008",
            condition="IF this Template is invoked more than once to describe more than one fetus",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF this Template is invoked more than once to describe more than one fetus",
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("LN", "11631-9", "Gross Body Movement"),
            condition="At least one of Row 3-7 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                    ("row_present", "6"),
                    ("row_present", "7"),
                ),
            ),
            units=(("code", "DT", "{0:2}", "UCUM", "range 0:2"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("LN", "11632-7", "Fetal Breathing"),
            condition="At least one of Row 3-7 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                    ("row_present", "6"),
                    ("row_present", "7"),
                ),
            ),
            units=(("code", "DT", "{0:2}", "UCUM", "range 0:2"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("LN", "11635-0", "Fetal Tone"),
            condition="At least one of Row 3-7 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                    ("row_present", "6"),
                    ("row_present", "7"),
                ),
            ),
            units=(("code", "DT", "{0:2}", "UCUM", "range 0:2"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("LN", "11633-5", "Fetal Heart Reactivity"),
            condition="At least one of Row 3-7 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                    ("row_present", "6"),
                    ("row_present", "7"),
                ),
            ),
            units=(("code", "DT", "{0:2}", "UCUM", "range 0:2"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("LN", "11630-1", "Amniotic Fluid Volume"),
            condition="At least one of Row 3-7 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                    ("row_present", "6"),
                    ("row_present", "7"),
                ),
            ),
            units=(("code", "DT", "{0:2}", "UCUM", "range 0:2"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11634-3", "Biophysical Profile Sum Score"),
        ),
    ),
)


@dataclass(kw_only=True)
class FetalBiophysicalProfileSection(TemplatePart):
    """TID 5009 Fetal Biophysical Profile Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    subject_context_fetus: tid1008.SubjectContextFetus | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1008, VM 1, MC: IF this Template is invoked more than once to describe more than one fetus"""

    gross_body_movement: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (11631-9, LN, \"Gross Body Movement\"), VM 1, MC: At least one of Row 3-7 shall be present; units DT ({0:2}, UCUM, \"range 0:2\")"""

    fetal_breathing: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (11632-7, LN, \"Fetal Breathing\"), VM 1, MC: At least one of Row 3-7 shall be present; units DT ({0:2}, UCUM, \"range 0:2\")"""

    fetal_tone: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (11635-0, LN, \"Fetal Tone\"), VM 1, MC: At least one of Row 3-7 shall be present; units DT ({0:2}, UCUM, \"range 0:2\")"""

    fetal_heart_reactivity: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (11633-5, LN, \"Fetal Heart Reactivity\"), VM 1, MC: At least one of Row 3-7 shall be present; units DT ({0:2}, UCUM, \"range 0:2\")"""

    amniotic_fluid_volume: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (11630-1, LN, \"Amniotic Fluid Volume\"), VM 1, MC: At least one of Row 3-7 shall be present; units DT ({0:2}, UCUM, \"range 0:2\")"""

    biophysical_profile_sum_score: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM DT (11634-3, LN, \"Biophysical Profile Sum Score\"), VM 1, U"""
