"""TID 5008 Fetal Biometry Group.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "FetalBiometryGroup",
    "FetalBiometryGroupGestationalAge",
    "FetalBiometryGroupCid12017",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5008",
    name="Fetal Biometry Group",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "125005", "Biometry Group"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            condition="At least one of Row 2 and 3 shall be present",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "2"), ("row_present", "3"))),
            bindings=(
                ("$Measurement", (("parameter", "$BiometryType"),)),
                ("$TargetSite", (("parameter", "$TargetSite"),)),
                ("$Derivation", (("cid", "D", "3627"),)),
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("LN", "18185-9", "Gestational Age"),
            condition="At least one of Row 2 and 3 shall be present",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "2"), ("row_present", "3"))),
            units=(("code", "EV", "d", "UCUM", "days"),),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="INFERRED FROM",
            concept_ref=("cid", "D", "228"),
            values=(("cid", "D", "12013"),),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="INFERRED FROM",
            by_reference=True,
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "D", "226"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "12017"),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="INFERRED FROM",
            concept_ref=("cid", "D", "228"),
            values=(("cid", "D", "12015"),),
        ),
    ),
)


@dataclass(kw_only=True)
class FetalBiometryGroup(TemplatePart):
    """TID 5008 Fetal Biometry Group."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: INCLUDE DTID 300, VM 1-n, MC: At least one of Row 2 and 3 shall be present"""

    gestational_age: FetalBiometryGroupGestationalAge | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: NUM EV (18185-9, LN, \"Gestational Age\"), VM 1, MC: At least one of Row 2 and 3 shall be present; units EV (d, UCUM, \"days\")"""

    cid_12017: FetalBiometryGroupCid12017 | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM DCID 12017, VM 1, U"""


@dataclass(kw_only=True)
class FetalBiometryGroupGestationalAge(TemplatePart):
    """Row 3 of TID 5008."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: Num
    """The value of row 3 (NUM)."""

    cid_228: Named[groups.Cid12013Code] | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE DCID 228, VM 1, U; values DCID 12013"""

    num_5: list[Num] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: NUM -, VM 1-n, U"""

    cid_226: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "6"})
    """Row 6: NUM DCID 226, VM 1-n, U"""


@dataclass(kw_only=True)
class FetalBiometryGroupCid12017(TemplatePart):
    """Row 7 of TID 5008."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    concept: groups.Cid12017Code
    """The concept name of row 7."""

    value: Num
    """The value of row 7 (NUM)."""

    cid_228: Named[groups.Cid12015Code] | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE DCID 228, VM 1, U; values DCID 12015"""
