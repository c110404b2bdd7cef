"""TID 3206 VA Main Results.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "VAMainResults",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3206",
    name="VA Main Results",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "D", "3462"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122429", "Volume Method"),
            values=(("cid", "D", "3453"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122435", "Regression Volume Exponent"),
            units=(("code", "DT", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122431", "Regression Slope ED"),
            units=(("code", "DT", "{ratio}", "UCUM", "ratio"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122432", "Regression Offset ED"),
            units=(("code", "DT", "ml", "UCUM", "ml"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122433", "Regression Slope ES"),
            units=(("code", "DT", "{ratio}", "UCUM", "ratio"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122434", "Regression Offset ES"),
            units=(("code", "DT", "ml", "UCUM", "ml"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("cid", "D", "3467"),)),
                ("$Units", (("code", "DT", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("cid", "D", "3468"),)),
                ("$Units", (("code", "DT", "ml", "UCUM", "ml"),)),
            ),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("cid", "D", "3469"),)),
                ("$Units", (("code", "DT", "ml", "UCUM", "ml"),)),
            ),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "90096001", "SCT", "Stroke Volume"),)),
                ("$Units", (("code", "DT", "ml", "UCUM", "ml"),)),
            ),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "8867-4", "Heart Rate"),
            units=(("code", "DT", "{H.B.}/min", "UCUM", "BPM"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("cid", "D", "3468"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("cid", "D", "3455"),)),
                ("$Units", (("code", "DT", "ml/m2", "UCUM", "ml/m2"),)),
            ),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("cid", "D", "3468"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("code", "EV", "29463-7", "LN", "Patient Weight"),)),
                ("$Units", (("code", "DT", "ml/kg", "UCUM", "ml/kg"),)),
            ),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("cid", "D", "3469"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("cid", "D", "3455"),)),
                ("$Units", (("code", "DT", "ml/m2", "UCUM", "ml/m2"),)),
            ),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("cid", "D", "3469"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("code", "EV", "29463-7", "LN", "Patient Weight"),)),
                ("$Units", (("code", "DT", "ml/kg", "UCUM", "ml/kg"),)),
            ),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "90096001", "SCT", "Stroke Volume"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("cid", "D", "3455"),)),
                ("$Units", (("code", "DT", "ml/m2", "UCUM", "ml/m2"),)),
            ),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "90096001", "SCT", "Stroke Volume"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("code", "EV", "29463-7", "LN", "Patient Weight"),)),
                ("$Units", (("code", "DT", "ml/kg", "UCUM", "ml/kg"),)),
            ),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "82799009", "SCT", "Cardiac Output"),)),
                ("$Units", (("code", "DT", "l/min", "UCUM", "l/min"),)),
            ),
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "54993008", "SCT", "Cardiac Index"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("cid", "D", "3455"),)),
                ("$Units", (("code", "DT", "l/min/m2", "UCUM", "l/min/m2"),)),
            ),
        ),
        RowDef(
            key="22",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122445", "DCM", "Wall Thickness"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="23",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122446", "DCM", "Wall Volume"),)),
                ("$Units", (("code", "DT", "ml", "UCUM", "ml"),)),
            ),
        ),
        RowDef(
            key="24",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122447", "DCM", "Wall Mass"),)),
                ("$Units", (("code", "DT", "g", "UCUM", "gram"),)),
            ),
        ),
        RowDef(
            key="25",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122447", "DCM", "Wall Mass"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("cid", "D", "3455"),)),
                ("$Units", (("code", "DT", "g/m2", "UCUM", "gram/m2"),)),
            ),
        ),
        RowDef(
            key="26",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122447", "DCM", "Wall Mass"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("code", "EV", "29463-7", "LN", "Patient Weight"),)),
                ("$Units", (("code", "DT", "g/kg", "UCUM", "gram/kg"),)),
            ),
        ),
        RowDef(
            key="27",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122448", "DCM", "Wall Stress"),)),
                ("$Units", (("code", "DT", "dyn/cm2", "UCUM", "dynes/cm2"),)),
            ),
        ),
        RowDef(
            key="28",
            nesting=1,
            value_type="IMAGE",
            requirement="U",
            relationship="CONTAINS",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class VAMainResults(TemplatePart):
    """TID 3206 VA Main Results."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    finding_site: groups.Cid3462Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DCID 3462"""

    volume_method: groups.Cid3453Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (122429, DCM, \"Volume Method\"), VM 1, M; values DCID 3453"""

    regression_volume_exponent: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (122435, DCM, \"Regression Volume Exponent\"), VM 1, U; units DT (1, UCUM, \"no units\")"""

    regression_slope_ed: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (122431, DCM, \"Regression Slope ED\"), VM 1, U; units DT ({ratio}, UCUM, \"ratio\")"""

    regression_offset_ed: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (122432, DCM, \"Regression Offset ED\"), VM 1, U; units DT (ml, UCUM, \"ml\")"""

    regression_slope_es: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (122433, DCM, \"Regression Slope ES\"), VM 1, U; units DT ({ratio}, UCUM, \"ratio\")"""

    regression_offset_es: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (122434, DCM, \"Regression Offset ES\"), VM 1, U; units DT (ml, UCUM, \"ml\")"""

    measurement: tid300.Measurement = field(metadata={"row": "9"})
    """Row 9: INCLUDE DTID 300, VM 1, M"""

    measurement_row_10: tid300.Measurement | None = field(default=None, metadata={"row": "10"})
    """Row 10: INCLUDE DTID 300, VM 1, U"""

    measurement_row_11: tid300.Measurement | None = field(default=None, metadata={"row": "11"})
    """Row 11: INCLUDE DTID 300, VM 1, U"""

    measurement_row_12: tid300.Measurement | None = field(default=None, metadata={"row": "12"})
    """Row 12: INCLUDE DTID 300, VM 1, U"""

    heart_rate: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (8867-4, LN, \"Heart Rate\"), VM 1, U; units DT ({H.B.}/min, UCUM, \"BPM\")"""

    measurement_row_14: tid300.Measurement | None = field(default=None, metadata={"row": "14"})
    """Row 14: INCLUDE DTID 300, VM 1, U"""

    measurement_row_15: tid300.Measurement | None = field(default=None, metadata={"row": "15"})
    """Row 15: INCLUDE DTID 300, VM 1, U"""

    measurement_row_16: tid300.Measurement | None = field(default=None, metadata={"row": "16"})
    """Row 16: INCLUDE DTID 300, VM 1, U"""

    measurement_row_17: tid300.Measurement | None = field(default=None, metadata={"row": "17"})
    """Row 17: INCLUDE DTID 300, VM 1, U"""

    measurement_row_18: tid300.Measurement | None = field(default=None, metadata={"row": "18"})
    """Row 18: INCLUDE DTID 300, VM 1, U"""

    measurement_row_19: tid300.Measurement | None = field(default=None, metadata={"row": "19"})
    """Row 19: INCLUDE DTID 300, VM 1, U"""

    measurement_row_20: tid300.Measurement | None = field(default=None, metadata={"row": "20"})
    """Row 20: INCLUDE DTID 300, VM 1, U"""

    measurement_row_21: tid300.Measurement | None = field(default=None, metadata={"row": "21"})
    """Row 21: INCLUDE DTID 300, VM 1, U"""

    measurement_row_22: tid300.Measurement | None = field(default=None, metadata={"row": "22"})
    """Row 22: INCLUDE DTID 300, VM 1, U"""

    measurement_row_23: tid300.Measurement | None = field(default=None, metadata={"row": "23"})
    """Row 23: INCLUDE DTID 300, VM 1, U"""

    measurement_row_24: tid300.Measurement | None = field(default=None, metadata={"row": "24"})
    """Row 24: INCLUDE DTID 300, VM 1, U"""

    measurement_row_25: tid300.Measurement | None = field(default=None, metadata={"row": "25"})
    """Row 25: INCLUDE DTID 300, VM 1, U"""

    measurement_row_26: tid300.Measurement | None = field(default=None, metadata={"row": "26"})
    """Row 26: INCLUDE DTID 300, VM 1, U"""

    measurement_row_27: tid300.Measurement | None = field(default=None, metadata={"row": "27"})
    """Row 27: INCLUDE DTID 300, VM 1, U"""

    image_28: list[Reference] = field(default_factory=no_items, metadata={"row": "28"})
    """Row 28: IMAGE -, VM 1-n, U"""
