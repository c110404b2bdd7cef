"""TID 10045 Radiation Technique.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "RadiationTechnique",
    "RadiationTechniqueHalfValueLayer",
    "RadiationTechniqueHalfValueLayerRow7",
    "RadiationTechniqueKvp",
    "RadiationTechniqueKvpRow11",
    "RadiationTechniqueXRayTubeCurrent",
    "RadiationTechniqueXRayTubeCurrentRow15",
    "RadiationTechniquePulseRate",
    "RadiationTechniquePulseRateRow19",
    "RadiationTechniquePulseWidth",
    "RadiationTechniquePulseWidthRow23",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10045",
    name="Radiation Technique",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130511", "Radiation Technique"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111526", "DateTime Started"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111527", "DateTime Ended"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113832", "Identification of the X-Ray Source"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "111634", "Half Value Layer"),
            condition="XOR Row 7",
            condition_status="parsed",
            required_if=("not", ("row_present", "7")),
            forbidden_if=("row_present", "7"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130510", "Reported Value Type"),
            values=(("cid", "D", "10072"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="TABLE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "111634", "Half Value Layer"),
            condition="XOR Row 5",
            condition_status="parsed",
            required_if=("not", ("row_present", "5")),
            forbidden_if=("row_present", "5"),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130510", "Reported Value Type"),
            values=(("cid", "D", "10072"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113733", "KVP"),
            condition="XOR Row 11",
            condition_status="parsed",
            required_if=("not", ("row_present", "11")),
            forbidden_if=("row_present", "11"),
            units=(("code", "EV", "kV", "UCUM", "kV"),),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130510", "Reported Value Type"),
            values=(("cid", "D", "10072"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="TABLE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113733", "KVP"),
            condition="XOR Row 9",
            condition_status="parsed",
            required_if=("not", ("row_present", "9")),
            forbidden_if=("row_present", "9"),
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130510", "Reported Value Type"),
            values=(("cid", "D", "10072"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113734", "X-Ray Tube Current"),
            condition="XOR Row 15",
            condition_status="parsed",
            required_if=("not", ("row_present", "15")),
            forbidden_if=("row_present", "15"),
            units=(("code", "EV", "mA", "UCUM", "mA"),),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130510", "Reported Value Type"),
            values=(("cid", "D", "10072"),),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="TABLE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113734", "X-Ray Tube Current"),
            condition="XOR Row 13",
            condition_status="parsed",
            required_if=("not", ("row_present", "13")),
            forbidden_if=("row_present", "13"),
        ),
        RowDef(
            key="16",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130510", "Reported Value Type"),
            values=(("cid", "D", "10072"),),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "113791", "Pulse Rate"),
            condition="XOR Row 19",
            condition_status="parsed",
            required_if=("not", ("row_present", "19")),
            forbidden_if=("row_present", "19"),
            units=(("code", "EV", "{pulse}/s", "UCUM", "pulse/s"),),
        ),
        RowDef(
            key="18",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130510", "Reported Value Type"),
            values=(("cid", "D", "10072"),),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="TABLE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "113791", "Pulse Rate"),
            condition="XOR Row 17",
            condition_status="parsed",
            required_if=("not", ("row_present", "17")),
            forbidden_if=("row_present", "17"),
        ),
        RowDef(
            key="20",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130510", "Reported Value Type"),
            values=(("cid", "D", "10072"),),
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "113793", "Pulse Width"),
            condition="XOR Row 23",
            condition_status="parsed",
            required_if=("not", ("row_present", "23")),
            forbidden_if=("row_present", "23"),
            units=(("code", "EV", "ms", "UCUM", "ms"),),
        ),
        RowDef(
            key="22",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130510", "Reported Value Type"),
            values=(("cid", "D", "10072"),),
        ),
        RowDef(
            key="23",
            nesting=1,
            value_type="TABLE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "113793", "Pulse Width"),
            condition="XOR Row 21",
            condition_status="parsed",
            required_if=("not", ("row_present", "21")),
            forbidden_if=("row_present", "21"),
        ),
        RowDef(
            key="24",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130510", "Reported Value Type"),
            values=(("cid", "D", "10072"),),
        ),
    ),
)


@dataclass(kw_only=True)
class RadiationTechnique(TemplatePart):
    """TID 10045 Radiation Technique."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    datetime_started: str = field(metadata={"row": "2"})
    """Row 2: DATETIME DT (111526, DCM, \"DateTime Started\"), VM 1, M"""

    datetime_ended: str = field(metadata={"row": "3"})
    """Row 3: DATETIME DT (111527, DCM, \"DateTime Ended\"), VM 1, M"""

    identification_of_the_x_ray_source: str = field(metadata={"row": "4"})
    """Row 4: TEXT EV (113832, DCM, \"Identification of the X-Ray Source\"), VM 1, M"""

    half_value_layer: RadiationTechniqueHalfValueLayer | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: NUM EV (111634, DCM, \"Half Value Layer\"), VM 1, UC: XOR Row 7; units EV (mm, UCUM, \"mm\")"""

    half_value_layer_row_7: RadiationTechniqueHalfValueLayerRow7 | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: TABLE EV (111634, DCM, \"Half Value Layer\"), VM 1, UC: XOR Row 5"""

    kvp: RadiationTechniqueKvp | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM EV (113733, DCM, \"KVP\"), VM 1, MC: XOR Row 11; units EV (kV, UCUM, \"kV\")"""

    kvp_row_11: RadiationTechniqueKvpRow11 | None = field(default=None, metadata={"row": "11"})
    """Row 11: TABLE EV (113733, DCM, \"KVP\"), VM 1, MC: XOR Row 9"""

    x_ray_tube_current: RadiationTechniqueXRayTubeCurrent | None = field(
        default=None, metadata={"row": "13"}
    )
    """Row 13: NUM EV (113734, DCM, \"X-Ray Tube Current\"), VM 1, MC: XOR Row 15; units EV (mA, UCUM, \"mA\")"""

    x_ray_tube_current_row_15: RadiationTechniqueXRayTubeCurrentRow15 | None = field(
        default=None, metadata={"row": "15"}
    )
    """Row 15: TABLE EV (113734, DCM, \"X-Ray Tube Current\"), VM 1, MC: XOR Row 13"""

    pulse_rate: RadiationTechniquePulseRate | None = field(default=None, metadata={"row": "17"})
    """Row 17: NUM EV (113791, DCM, \"Pulse Rate\"), VM 1, UC: XOR Row 19; units EV ({pulse}/s, UCUM, \"pulse/s\")"""

    pulse_rate_row_19: RadiationTechniquePulseRateRow19 | None = field(
        default=None, metadata={"row": "19"}
    )
    """Row 19: TABLE EV (113791, DCM, \"Pulse Rate\"), VM 1, UC: XOR Row 17"""

    pulse_width: RadiationTechniquePulseWidth | None = field(default=None, metadata={"row": "21"})
    """Row 21: NUM EV (113793, DCM, \"Pulse Width\"), VM 1, UC: XOR Row 23; units EV (ms, UCUM, \"ms\")"""

    pulse_width_row_23: RadiationTechniquePulseWidthRow23 | None = field(
        default=None, metadata={"row": "23"}
    )
    """Row 23: TABLE EV (113793, DCM, \"Pulse Width\"), VM 1, UC: XOR Row 21"""


@dataclass(kw_only=True)
class RadiationTechniqueHalfValueLayer(TemplatePart):
    """Row 5 of TID 10045."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: Num
    """The value of row 5 (NUM)."""

    reported_value_type: groups.Cid10072Code | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE EV (130510, DCM, \"Reported Value Type\"), VM 1, U; values DCID 10072"""


@dataclass(kw_only=True)
class RadiationTechniqueHalfValueLayerRow7(TemplatePart):
    """Row 7 of TID 10045."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    reported_value_type: groups.Cid10072Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (130510, DCM, \"Reported Value Type\"), VM 1, U; values DCID 10072"""


@dataclass(kw_only=True)
class RadiationTechniqueKvp(TemplatePart):
    """Row 9 of TID 10045."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    value: Num
    """The value of row 9 (NUM)."""

    reported_value_type: groups.Cid10072Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE EV (130510, DCM, \"Reported Value Type\"), VM 1, U; values DCID 10072"""


@dataclass(kw_only=True)
class RadiationTechniqueKvpRow11(TemplatePart):
    """Row 11 of TID 10045."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "11"

    reported_value_type: groups.Cid10072Code | None = field(default=None, metadata={"row": "12"})
    """Row 12: CODE EV (130510, DCM, \"Reported Value Type\"), VM 1, U; values DCID 10072"""


@dataclass(kw_only=True)
class RadiationTechniqueXRayTubeCurrent(TemplatePart):
    """Row 13 of TID 10045."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "13"

    value: Num
    """The value of row 13 (NUM)."""

    reported_value_type: groups.Cid10072Code | None = field(default=None, metadata={"row": "14"})
    """Row 14: CODE EV (130510, DCM, \"Reported Value Type\"), VM 1, U; values DCID 10072"""


@dataclass(kw_only=True)
class RadiationTechniqueXRayTubeCurrentRow15(TemplatePart):
    """Row 15 of TID 10045."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "15"

    reported_value_type: groups.Cid10072Code | None = field(default=None, metadata={"row": "16"})
    """Row 16: CODE EV (130510, DCM, \"Reported Value Type\"), VM 1, U; values DCID 10072"""


@dataclass(kw_only=True)
class RadiationTechniquePulseRate(TemplatePart):
    """Row 17 of TID 10045."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "17"

    value: Num
    """The value of row 17 (NUM)."""

    reported_value_type: groups.Cid10072Code | None = field(default=None, metadata={"row": "18"})
    """Row 18: CODE EV (130510, DCM, \"Reported Value Type\"), VM 1, U; values DCID 10072"""


@dataclass(kw_only=True)
class RadiationTechniquePulseRateRow19(TemplatePart):
    """Row 19 of TID 10045."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "19"

    reported_value_type: groups.Cid10072Code | None = field(default=None, metadata={"row": "20"})
    """Row 20: CODE EV (130510, DCM, \"Reported Value Type\"), VM 1, U; values DCID 10072"""


@dataclass(kw_only=True)
class RadiationTechniquePulseWidth(TemplatePart):
    """Row 21 of TID 10045."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "21"

    value: Num
    """The value of row 21 (NUM)."""

    reported_value_type: groups.Cid10072Code | None = field(default=None, metadata={"row": "22"})
    """Row 22: CODE EV (130510, DCM, \"Reported Value Type\"), VM 1, U; values DCID 10072"""


@dataclass(kw_only=True)
class RadiationTechniquePulseWidthRow23(TemplatePart):
    """Row 23 of TID 10045."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "23"

    reported_value_type: groups.Cid10072Code | None = field(default=None, metadata={"row": "24"})
    """Row 24: CODE EV (130510, DCM, \"Reported Value Type\"), VM 1, U; values DCID 10072"""
