"""TID 4005 Mammography CAD Composite Feature Body.

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
    from dicomodel.templates import tid1400, tid1401, tid1402, tid4019, tid4021

__all__ = [
    "TEMPLATE",
    "MammographyCADCompositeFeatureBody",
    "MammographyCADCompositeFeatureBodyCid6037",
    "MammographyCADCompositeFeatureBodyQualitativeDifference",
    "MammographyCADCompositeFeatureBodyCid6142",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4005",
    name="Mammography CAD Composite Feature Body",
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
        RowDef(key="3", nesting=0, value_type="INCLUDE", requirement="M", include="4019"),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "111011", "Certainty of Feature"),
            units=(("code", "EV", "%", "UCUM", "Percent"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            concept=Code("DCM", "111047", "Probability of cancer"),
            condition='May be present only if value of parent is not (111102, DCM, "Non-lesion")',
            condition_status="parsed",
            forbidden_if=("not", ("not", ("parent_code", (("111102", "DCM"),)))),
            units=(("code", "EV", "%", "UCUM", "Percent"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "111042", "Pathology"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "6030"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="1400",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="1401",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="1402",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="4021",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            concept_ref=("cid", "D", "6037"),
            vm_min=1,
            vm_max=None,
            condition='May be present only if the value of (111016, DCM, "Composite type") is (111153, DCM, "Target Content Items are related temporally")',
            condition_status="parsed",
            forbidden_if=("not", ("concept_code", ("111016", "DCM"), (("111153", "DCM"),))),
            units=(
                ("cid", "D", "7460"),
                ("cid", "D", "7461"),
                ("cid", "D", "7462"),
                ("code", "DT", "1", "UCUM", "no units"),
            ),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="INFERRED FROM",
            by_reference=True,
            vm_min=2,
            vm_max=2,
        ),
        RowDef(
            key="13",
            nesting=0,
            value_type="CODE",
            requirement="UC",
            concept=Code("DCM", "111049", "Qualitative Difference"),
            vm_min=1,
            vm_max=None,
            condition='May be present only if the value of (111016, DCM, "Composite type") is (111153, DCM, "Target Content Items are related temporally")',
            condition_status="parsed",
            forbidden_if=("not", ("concept_code", ("111016", "DCM"), (("111153", "DCM"),))),
            values=(("cid", "D", "6038"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111021", "Description of Change"),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="INFERRED FROM",
            by_reference=True,
            vm_min=2,
            vm_max=2,
        ),
        RowDef(
            key="16",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "111048", "Quadrant location"),
            values=(("cid", "D", "6020"),),
        ),
        RowDef(
            key="17",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "111014", "Clockface or region"),
            values=(("cid", "D", "6018"),),
        ),
        RowDef(
            key="18",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "111020", "Depth"),
            values=(("cid", "D", "6024"),),
        ),
        RowDef(
            key="19",
            nesting=0,
            value_type="CODE",
            requirement="UC",
            concept=Code("DCM", "111035", "Lesion Density"),
            condition='May be present only if value of parent is (129788004, SCT, "Mammographic breast mass") or (129793001, SCT, "Mammography breast density")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("129788004", "SCT"), ("129793001", "SCT")))),
            values=(("cid", "D", "6008"),),
        ),
        RowDef(
            key="20",
            nesting=0,
            value_type="CODE",
            requirement="UC",
            concept=Code("SCT", "107644003", "Shape"),
            condition='May be present only if value of parent is (129788004, SCT, "Mammographic breast mass") or (129793001, SCT, "Mammography breast density")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("129788004", "SCT"), ("129793001", "SCT")))),
            values=(("cid", "D", "6004"),),
        ),
        RowDef(
            key="21",
            nesting=0,
            value_type="CODE",
            requirement="UC",
            concept=Code("DCM", "111037", "Margins"),
            vm_min=1,
            vm_max=None,
            condition='May be present only if value of parent is (129788004, SCT, "Mammographic breast mass") or (129793001, SCT, "Mammography breast density")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("129788004", "SCT"), ("129793001", "SCT")))),
            values=(("cid", "D", "6006"),),
        ),
        RowDef(
            key="22",
            nesting=0,
            value_type="CODE",
            requirement="UC",
            concept=Code("DCM", "111009", "Calcification Type"),
            vm_min=1,
            vm_max=None,
            condition='May be present only if value of parent is (129769006, SCT, "Calcification Cluster") or (129770007, SCT, "Individual Calcification")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("129769006", "SCT"), ("129770007", "SCT")))),
            values=(("cid", "D", "6010"),),
        ),
        RowDef(
            key="23",
            nesting=0,
            value_type="CODE",
            requirement="UC",
            concept=Code("DCM", "111008", "Calcification Distribution"),
            condition='May be present only if value of parent is (129769006, SCT, "Calcification Cluster")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("129769006", "SCT"),))),
            values=(("cid", "D", "6012"),),
        ),
        RowDef(
            key="24",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            concept=Code("DCM", "111038", "Number of calcifications"),
            condition='May be present only if value of parent is (129769006, SCT, "Calcification Cluster")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("129769006", "SCT"),))),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="25",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept_ref=("cid", "D", "6142"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="26",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121401", "Derivation"),
            values=(("cid", "D", "6140"),),
        ),
        RowDef(
            key="27",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="INFERRED FROM",
            concept=Code("DCM", "112034", "Calculation Description"),
        ),
    ),
)


@dataclass(kw_only=True)
class MammographyCADCompositeFeatureBody(TemplatePart):
    """TID 4005 Mammography CAD Composite Feature Body."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    composite_type: groups.Cid6035Code = field(metadata={"row": "1"})
    """Row 1: CODE EV (111016, DCM, \"Composite type\"), VM 1, M; values DCID 6035"""

    scope_of_feature: groups.Cid6036Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (111057, DCM, \"Scope of Feature\"), VM 1, M; values DCID 6036"""

    algorithm_identification: tid4019.AlgorithmIdentification = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 4019, VM 1, M"""

    certainty_of_feature: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (111011, DCM, \"Certainty of Feature\"), VM 1, U; units EV (%, UCUM, \"Percent\")"""

    probability_of_cancer: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (111047, DCM, \"Probability of cancer\"), VM 1, UC: May be present only if value of parent is not (111102, DCM, \"Non-lesion\"); units EV (%, UCUM, \"Percent\")"""

    pathology: list[groups.Cid6030Code | Code] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: CODE EV (111042, DCM, \"Pathology\"), VM 1-n, U; values BCID 6030"""

    linear_measurement: list[tid1400.LinearMeasurement] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 1400, VM 1-n, U"""

    area_measurement: list[tid1401.AreaMeasurement] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 1401, VM 1-n, U"""

    volume_measurement: list[tid1402.VolumeMeasurement] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 1402, VM 1-n, U"""

    mammography_cad_geometry: list[tid4021.MammographyCADGeometry] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 4021, VM 1-n, U"""

    cid_6037: list[MammographyCADCompositeFeatureBodyCid6037] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: NUM DCID 6037, VM 1-n, UC: May be present only if the value of (111016, DCM, \"Composite type\") is (111153, DCM, \"Target Content Items are related temporally\"); units DCID 7460, DCID 7461, DCID 7462, DT (1, UCUM, \"no units\")"""

    qualitative_difference: list[MammographyCADCompositeFeatureBodyQualitativeDifference] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: CODE EV (111049, DCM, \"Qualitative Difference\"), VM 1-n, UC: May be present only if the value of (111016, DCM, \"Composite type\") is (111153, DCM, \"Target Content Items are related temporally\"); values DCID 6038"""

    quadrant_location: groups.Cid6020Code | None = field(default=None, metadata={"row": "16"})
    """Row 16: CODE EV (111048, DCM, \"Quadrant location\"), VM 1, U; values DCID 6020"""

    clockface_or_region: groups.Cid6018Code | None = field(default=None, metadata={"row": "17"})
    """Row 17: CODE EV (111014, DCM, \"Clockface or region\"), VM 1, U; values DCID 6018"""

    depth: groups.Cid6024Code | None = field(default=None, metadata={"row": "18"})
    """Row 18: CODE EV (111020, DCM, \"Depth\"), VM 1, U; values DCID 6024"""

    lesion_density: groups.Cid6008Code | None = field(default=None, metadata={"row": "19"})
    """Row 19: CODE EV (111035, DCM, \"Lesion Density\"), VM 1, UC: May be present only if value of parent is (129788004, SCT, \"Mammographic breast mass\") or (129793001, SCT, \"Mammography breast density\"); values DCID 6008"""

    shape: groups.Cid6004Code | None = field(default=None, metadata={"row": "20"})
    """Row 20: CODE EV (107644003, SCT, \"Shape\"), VM 1, UC: May be present only if value of parent is (129788004, SCT, \"Mammographic breast mass\") or (129793001, SCT, \"Mammography breast density\"); values DCID 6004"""

    margins: list[groups.Cid6006Code] = field(default_factory=no_items, metadata={"row": "21"})
    """Row 21: CODE EV (111037, DCM, \"Margins\"), VM 1-n, UC: May be present only if value of parent is (129788004, SCT, \"Mammographic breast mass\") or (129793001, SCT, \"Mammography breast density\"); values DCID 6006"""

    calcification_type: list[groups.Cid6010Code] = field(
        default_factory=no_items, metadata={"row": "22"}
    )
    """Row 22: CODE EV (111009, DCM, \"Calcification Type\"), VM 1-n, UC: May be present only if value of parent is (129769006, SCT, \"Calcification Cluster\") or (129770007, SCT, \"Individual Calcification\"); values DCID 6010"""

    calcification_distribution: groups.Cid6012Code | None = field(
        default=None, metadata={"row": "23"}
    )
    """Row 23: CODE EV (111008, DCM, \"Calcification Distribution\"), VM 1, UC: May be present only if value of parent is (129769006, SCT, \"Calcification Cluster\"); values DCID 6012"""

    number_of_calcifications: Num | None = field(default=None, metadata={"row": "24"})
    """Row 24: NUM EV (111038, DCM, \"Number of calcifications\"), VM 1, UC: May be present only if value of parent is (129769006, SCT, \"Calcification Cluster\"); units EV (1, UCUM, \"no units\")"""

    cid_6142: list[MammographyCADCompositeFeatureBodyCid6142] = field(
        default_factory=no_items, metadata={"row": "25"}
    )
    """Row 25: NUM DCID 6142, VM 1-n, U"""


@dataclass(kw_only=True)
class MammographyCADCompositeFeatureBodyCid6037(TemplatePart):
    """Row 11 of TID 4005."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "11"

    concept: groups.Cid6037Code
    """The concept name of row 11."""

    value: Num
    """The value of row 11 (NUM)."""

    num_12: list[Num] = field(default_factory=no_items, metadata={"row": "12"})
    """Row 12: NUM -, VM 2, U"""


@dataclass(kw_only=True)
class MammographyCADCompositeFeatureBodyQualitativeDifference(TemplatePart):
    """Row 13 of TID 4005."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "13"

    value: groups.Cid6038Code
    """The value of row 13 (CODE)."""

    description_of_change: str | None = field(default=None, metadata={"row": "14"})
    """Row 14: TEXT EV (111021, DCM, \"Description of Change\"), VM 1, U"""

    code_15: list[Code] = field(default_factory=no_items, metadata={"row": "15"})
    """Row 15: CODE -, VM 2, M"""


@dataclass(kw_only=True)
class MammographyCADCompositeFeatureBodyCid6142(TemplatePart):
    """Row 25 of TID 4005."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "25"

    concept: groups.Cid6142Code
    """The concept name of row 25."""

    value: Num
    """The value of row 25 (NUM)."""

    derivation: groups.Cid6140Code = field(metadata={"row": "26"})
    """Row 26: CODE EV (121401, DCM, \"Derivation\"), VM 1, M; values DCID 6140"""

    calculation_description: str | None = field(default=None, metadata={"row": "27"})
    """Row 27: TEXT EV (112034, DCM, \"Calculation Description\"), VM 1, U"""
