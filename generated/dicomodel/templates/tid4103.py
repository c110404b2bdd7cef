"""TID 4103 Chest CAD Composite Feature Body.

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
    from dicomodel.templates import tid1400, tid1401, tid1402, tid4105, tid4107

__all__ = [
    "TEMPLATE",
    "ChestCADCompositeFeatureBody",
    "ChestCADCompositeFeatureBodyCid6133",
    "ChestCADCompositeFeatureBodyQualitativeDifference",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4103",
    name="Chest CAD Composite Feature Body",
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
        RowDef(key="4", nesting=0, value_type="INCLUDE", requirement="U", include="4107"),
        RowDef(
            key="5",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="1400",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="1401",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="1402",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(key="8", nesting=0, value_type="INCLUDE", requirement="U", include="4105"),
        RowDef(
            key="9",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            concept_ref=("cid", "D", "6133"),
            vm_min=1,
            vm_max=None,
            condition='May be present IFF the value of Row 1 = (111153, DCM, "Target Content Items are related temporally")',
            condition_status="parsed",
            required_if=("row_code", "1", (("111153", "DCM"),)),
            forbidden_if=("not", ("row_code", "1", (("111153", "DCM"),))),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="INFERRED FROM",
            by_reference=True,
            vm_min=2,
            vm_max=2,
        ),
        RowDef(
            key="11",
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
            key="12",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111021", "Description of Change"),
        ),
        RowDef(
            key="13",
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
class ChestCADCompositeFeatureBody(TemplatePart):
    """TID 4103 Chest CAD Composite Feature Body."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    composite_type: groups.Cid6035Code = field(metadata={"row": "1"})
    """Row 1: CODE EV (111016, DCM, \"Composite type\"), VM 1, M; values DCID 6035"""

    scope_of_feature: groups.Cid6036Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (111057, DCM, \"Scope of Feature\"), VM 1, M; values DCID 6036"""

    certainty_of_feature: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (111011, DCM, \"Certainty of feature\"), VM 1, U; units EV (%, UCUM, \"Percent\")"""

    chest_cad_geometry: tid4107.ChestCADGeometry | None = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 4107, VM 1, U"""

    linear_measurement: list[tid1400.LinearMeasurement] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 1400, VM 1-n, U"""

    area_measurement: list[tid1401.AreaMeasurement] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 1401, VM 1-n, U"""

    volume_measurement: list[tid1402.VolumeMeasurement] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 1402, VM 1-n, U"""

    chest_cad_descriptors: tid4105.ChestCADDescriptors | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 4105, VM 1, U"""

    cid_6133: list[ChestCADCompositeFeatureBodyCid6133] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: NUM DCID 6133, VM 1-n, UC: May be present IFF the value of Row 1 = (111153, DCM, \"Target Content Items are related temporally\")"""

    qualitative_difference: list[ChestCADCompositeFeatureBodyQualitativeDifference] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: CODE EV (111049, DCM, \"Qualitative Difference\"), VM 1-n, UC: May be present only if the value of Row 1 = (111153, DCM, \"Target Content Items are related temporally\"); values DCID 6134"""


@dataclass(kw_only=True)
class ChestCADCompositeFeatureBodyCid6133(TemplatePart):
    """Row 9 of TID 4103."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    concept: groups.Cid6133Code
    """The concept name of row 9."""

    value: Num
    """The value of row 9 (NUM)."""

    num_10: list[Num] = field(default_factory=no_items, metadata={"row": "10"})
    """Row 10: NUM -, VM 2, U"""


@dataclass(kw_only=True)
class ChestCADCompositeFeatureBodyQualitativeDifference(TemplatePart):
    """Row 11 of TID 4103."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "11"

    value: groups.Cid6134Code
    """The value of row 11 (CODE)."""

    description_of_change: str | None = field(default=None, metadata={"row": "12"})
    """Row 12: TEXT EV (111021, DCM, \"Description of Change\"), VM 1, U"""

    code_13: list[Code] = field(default_factory=no_items, metadata={"row": "13"})
    """Row 13: CODE -, VM 2, M"""
