"""TID 5016 LWH Volume Group.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "LWHVolumeGroup",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5016",
    name="LWH Volume Group",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept_ref=("parameter", "$GroupName"),
        ),
        RowDef(
            key="1b",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "125010", "Identifier"),
        ),
        RowDef(
            key="1c",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "370129005", "Measurement Method"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$Method"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="300",
            condition="At least one of Rows 2, 3, 4, 5 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "2"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                ),
            ),
            bindings=(
                ("$Measurement", (("parameter", "$Volume"),)),
                ("$TargetSite", (("parameter", "$GroupName"),)),
                ("$Units", (("parameter", "$VolumeUnits"),)),
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 2, 3, 4, 5 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "2"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                ),
            ),
            bindings=(
                ("$Measurement", (("parameter", "$Length"),)),
                ("$TargetSite", (("parameter", "$GroupName"),)),
                ("$Derivation", (("cid", "D", "3627"),)),
                ("$Units", (("parameter", "$DistanceUnits"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 2, 3, 4, 5 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "2"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                ),
            ),
            bindings=(
                ("$Measurement", (("parameter", "$Width"),)),
                ("$TargetSite", (("parameter", "$GroupName"),)),
                ("$Derivation", (("cid", "D", "3627"),)),
                ("$Units", (("parameter", "$DistanceUnits"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 2, 3, 4, 5 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "2"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                ),
            ),
            bindings=(
                ("$Measurement", (("parameter", "$Height"),)),
                ("$TargetSite", (("parameter", "$GroupName"),)),
                ("$Derivation", (("cid", "D", "3627"),)),
                ("$Units", (("parameter", "$DistanceUnits"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130324", "Functional condition present during acquisition"),
            values=(("parameter", "$FunctionalCondition"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            values=(("parameter", "$FindingType"),),
        ),
    ),
)


@dataclass(kw_only=True)
class LWHVolumeGroup(TemplatePart):
    """TID 5016 LWH Volume Group."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: Code
    """The concept name of row 1."""

    identifier: str | None = field(default=None, metadata={"row": "1b"})
    """Row 1b: TEXT EV (125010, DCM, \"Identifier\"), VM 1, U"""

    measurement_method: list[Code] = field(default_factory=no_items, metadata={"row": "1c"})
    """Row 1c: CODE EV (370129005, SCT, \"Measurement Method\"), VM 1-n, U; values $Method"""

    measurement: tid300.Measurement | None = field(default=None, metadata={"row": "2"})
    """Row 2: INCLUDE DTID 300, VM 1, MC: At least one of Rows 2, 3, 4, 5 shall be present"""

    measurement_row_3: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 300, VM 1-n, MC: At least one of Rows 2, 3, 4, 5 shall be present"""

    measurement_row_4: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 300, VM 1-n, MC: At least one of Rows 2, 3, 4, 5 shall be present"""

    measurement_row_5: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 300, VM 1-n, MC: At least one of Rows 2, 3, 4, 5 shall be present"""

    functional_condition_present_during_acquisition: Code | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: CODE EV (130324, DCM, \"Functional condition present during acquisition\"), VM 1, U; values $FunctionalCondition"""

    finding: Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (121071, DCM, \"Finding\"), VM 1, U; values $FindingType"""
