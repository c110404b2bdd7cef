"""TID 4126 Colon CAD Composite Feature Body.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid4128, tid4129

__all__ = [
    "TEMPLATE",
    "ColonCADCompositeFeatureBody",
    "ColonCADCompositeFeatureBodyCid6207",
    "ColonCADCompositeFeatureBodyQualitativeDifference",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4126",
    name="Colon CAD Composite Feature Body",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "111016", "Composite type"),
            values=(("cid", "D", "6035"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "111057", "Scope of Feature"),
            values=(("cid", "D", "6036"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "111011", "Certainty of feature"),
            units=(("code", "EV", "%", "UCUM", "Percent"),),
        ),
        RowDef(key="4", nesting=0, value_type="INCLUDE", requirement="U", include="4129"),
        RowDef(key="5", nesting=0, value_type="INCLUDE", requirement="U", include="4128"),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            concept_ref=("cid", "D", "6207"),
            vm_min=1,
            vm_max=None,
            condition='May be present IFF the value of Row 1 = (111153, DCM, "Target Content Items are related temporally")',
            condition_status="parsed",
            required_if=("row_code", "1", (("111153", "DCM"),)),
            forbidden_if=("not", ("row_code", "1", (("111153", "DCM"),))),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="INFERRED FROM",
            by_reference=True,
            vm_min=2,
            vm_max=2,
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="CODE",
            requirement="UC",
            concept=Code("DCM", "111049", "Qualitative Difference"),
            vm_min=1,
            vm_max=None,
            condition='May be present only if the value of Row 1 = (111153, DCM, "Target Content Items are related temporally")',
            condition_status="parsed",
            forbidden_if=("not", ("row_code", "1", (("111153", "DCM"),))),
            values=(("cid", "D", "6134"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111021", "Description of Change"),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="INFERRED FROM",
            by_reference=True,
            vm_min=2,
            vm_max=2,
        ),
    ),
)


@dataclass(kw_only=True)
class ColonCADCompositeFeatureBody(TemplatePart):
    """TID 4126 Colon CAD Composite Feature Body."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    composite_type: groups.Cid6035Code = field(metadata={"row": "1"})
    """Row 1: CODE EV (111016, DCM, \"Composite type\"), VM 1, M; values DCID 6035"""

    scope_of_feature: groups.Cid6036Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (111057, DCM, \"Scope of Feature\"), VM 1, M; values DCID 6036"""

    certainty_of_feature: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (111011, DCM, \"Certainty of feature\"), VM 1, U; units EV (%, UCUM, \"Percent\")"""

    colon_cad_geometry: tid4129.ColonCADGeometry | None = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 4129, VM 1, U"""

    colon_cad_descriptors: tid4128.ColonCADDescriptors | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 4128, VM 1, U"""

    cid_6207: list[ColonCADCompositeFeatureBodyCid6207] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: NUM DCID 6207, VM 1-n, UC: May be present IFF the value of Row 1 = (111153, DCM, \"Target Content Items are related temporally\")"""

    qualitative_difference: list[ColonCADCompositeFeatureBodyQualitativeDifference] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: CODE EV (111049, DCM, \"Qualitative Difference\"), VM 1-n, UC: May be present only if the value of Row 1 = (111153, DCM, \"Target Content Items are related temporally\"); values DCID 6134"""


@dataclass(kw_only=True)
class ColonCADCompositeFeatureBodyCid6207(TemplatePart):
    """Row 6 of TID 4126."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    concept: groups.Cid6207Code
    """The concept name of row 6."""

    value: Num
    """The value of row 6 (NUM)."""

    num_7: list[Num] = field(default_factory=no_items, metadata={"row": "7"})
    """Row 7: NUM -, VM 2, U"""


@dataclass(kw_only=True)
class ColonCADCompositeFeatureBodyQualitativeDifference(TemplatePart):
    """Row 8 of TID 4126."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    value: groups.Cid6134Code
    """The value of row 8 (CODE)."""

    description_of_change: str | None = field(default=None, metadata={"row": "9"})
    """Row 9: TEXT EV (111021, DCM, \"Description of Change\"), VM 1, U"""

    code_10: list[Code] = field(default_factory=no_items, metadata={"row": "10"})
    """Row 10: CODE -, VM 2, M"""
