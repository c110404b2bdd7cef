"""TID 10003B Irradiation Event X-Ray Source Data.

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
    from dicomodel.templates import tid1021

__all__ = [
    "TEMPLATE",
    "IrradiationEventXRaySourceData",
    "IrradiationEventXRaySourceDataNumberOfPulses",
    "IrradiationEventXRaySourceDataXRayFilters",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10003B",
    name="Irradiation Event X-Ray Source Data",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "113738", "Dose (RP)"),
            condition='IFF (TID 10001 Row 2 = (113704, DCM, "Projection X-Ray")) AND IF any of the values of TID 10001 Row 18 are not (113858, DCM, "MPPS Content")',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: (TID 10001 Row 2 = §0) and any of the values of TID 10001 Row 18 are not §1",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: (TID 10001 Row 2 = §0) and any of the values of TID 10001 Row 18 are not §1",
                ),
            ),
            units=(("code", "EV", "Gy", "UCUM", "Gy"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="TEXT",
            requirement="MC",
            concept=Code("DCM", "113780", "Reference Point Definition"),
            condition="IFF Row 1 is present\nXOR Row 3",
            condition_status="parsed",
            required_if=("and", ("row_present", "1"), ("not", ("row_present", "3"))),
            forbidden_if=("or", ("not", ("row_present", "1")), ("row_present", "3")),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            concept=Code("DCM", "113780", "Reference Point Definition"),
            condition="IFF Row 1 is present\nXOR Row 2",
            condition_status="parsed",
            required_if=("and", ("row_present", "1"), ("not", ("row_present", "2"))),
            forbidden_if=("or", ("not", ("row_present", "1")), ("row_present", "2")),
            values=(("cid", "D", "10025"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "111631", "Average Glandular Dose"),
            condition='IFF TID 10001 Row 2 = (71651007, SCT, "Mammography")',
            condition_status="undecidable",
            required_if=("unknown", "a row of another template: TID 10001 Row 2 = §0"),
            forbidden_if=("not", ("unknown", "a row of another template: TID 10001 Row 2 = §0")),
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="CODE",
            requirement="UC",
            concept=Code("DCM", "113732", "Fluoro Mode"),
            condition='IFF TID 10003 Row 7 value = (44491008, SCT, "Fluoroscopy")',
            condition_status="undecidable",
            required_if=("unknown", "a row of another template: TID 10003 Row 7 value = §0"),
            forbidden_if=(
                "not",
                ("unknown", "a row of another template: TID 10003 Row 7 value = §0"),
            ),
            values=(("cid", "D", "10004"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "113791", "Pulse Rate"),
            condition='IFF Row 5 value = (113631, DCM, "Pulsed")',
            condition_status="parsed",
            required_if=("row_code", "5", (("113631", "DCM"),)),
            forbidden_if=("not", ("row_code", "5", (("113631", "DCM"),))),
            units=(("code", "EV", "{pulse}/s", "UCUM", "pulse/s"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "113768", "Number of Pulses"),
            condition='IFF Row 5 is not present or Row 5 is present and equals (113631, DCM, "Pulsed")',
            condition_status="parsed",
            required_if=(
                "or",
                ("not", ("row_present", "5")),
                ("row_code", "5", (("113631", "DCM"),)),
            ),
            forbidden_if=(
                "not",
                ("or", ("not", ("row_present", "5")), ("row_code", "5", (("113631", "DCM"),))),
            ),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121401", "Derivation"),
            condition="IFF count of pulses in Row 7 is estimated",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: count of pulses in Row 7 is estimated",
            ),
            forbidden_if=(
                "not",
                ("unknown", "what a row's value means: count of pulses in Row 7 is estimated"),
            ),
            values=(("code", "EV", "414135002", "SCT", "Estimated"),),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "113793", "Pulse Width"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "ms", "UCUM", "ms"),),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "113742", "Irradiation Duration"),
            units=(("code", "EV", "s", "UCUM", "s"),),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="NUM",
            requirement="M",
            concept=Code("DCM", "113733", "KVP"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "kV", "UCUM", "kV"),),
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "113734", "X-Ray Tube Current"),
            vm_min=1,
            vm_max=None,
            condition="IF Row 15 is not present",
            condition_status="parsed",
            required_if=("not", ("row_present", "15")),
            units=(("code", "EV", "mA", "UCUM", "mA"),),
        ),
        RowDef(
            key="13",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "113767", "Average X-Ray Tube Current"),
            units=(("code", "EV", "mA", "UCUM", "mA"),),
        ),
        RowDef(
            key="14",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "113824", "Exposure Time"),
            condition="IF Row 15 is not present",
            condition_status="parsed",
            required_if=("not", ("row_present", "15")),
            units=(("code", "EV", "ms", "UCUM", "ms"),),
        ),
        RowDef(
            key="15",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "113736", "Exposure"),
            vm_min=1,
            vm_max=None,
            condition="IF Row 12 or 14 is not present",
            condition_status="parsed",
            required_if=("or", ("not", ("row_present", "12")), ("not", ("row_present", "14"))),
            units=(("code", "EV", "uA.s", "UCUM", "uA.s"),),
        ),
        RowDef(
            key="16",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "113766", "Focal Spot Size"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="17",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "111632", "Anode Target Material"),
            values=(("cid", "D", "10016"),),
        ),
        RowDef(
            key="18",
            nesting=0,
            value_type="CONTAINER",
            requirement="U",
            concept=Code("DCM", "113771", "X-Ray Filters"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113772", "X-Ray Filter Type"),
            values=(("cid", "D", "10007"),),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113757", "X-Ray Filter Material"),
            values=(("cid", "D", "10006"),),
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113758", "X-Ray Filter Thickness Minimum"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="22",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113773", "X-Ray Filter Thickness Maximum"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="23",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "113790", "Collimated Field Area"),
            units=(("code", "EV", "m2", "UCUM", "m2"),),
        ),
        RowDef(
            key="24",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "113788", "Collimated Field Height"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="25",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "113789", "Collimated Field Width"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="26",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "111635", "X-Ray Grid"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "10017"),),
        ),
        RowDef(
            key="27",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            include="1021",
            condition="Required if the irradiating device is not the recording device.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Required if the irradiating device is not the recording device",
            ),
            bindings=(
                ("$DeviceProcedureRole", (("code", "EV", "113859", "DCM", "Irradiating Device"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class IrradiationEventXRaySourceData(TemplatePart):
    """TID 10003B Irradiation Event X-Ray Source Data."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    dose_rp: Num | None = field(default=None, metadata={"row": "1"})
    """Row 1: NUM EV (113738, DCM, \"Dose (RP)\"), VM 1, MC: IFF (TID 10001 Row 2 = (113704, DCM, \"Projection X-Ray\")) AND IF any of the values of TID 10001 Row 18 are not (113858, DCM, \"MPPS Content\"); units EV (Gy, UCUM, \"Gy\")"""

    reference_point_definition: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (113780, DCM, \"Reference Point Definition\"), VM 1, MC: IFF Row 1 is present XOR Row 3"""

    reference_point_definition_row_3: groups.Cid10025Code | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CODE EV (113780, DCM, \"Reference Point Definition\"), VM 1, MC: IFF Row 1 is present XOR Row 2; values DCID 10025"""

    average_glandular_dose: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (111631, DCM, \"Average Glandular Dose\"), VM 1, MC: IFF TID 10001 Row 2 = (71651007, SCT, \"Mammography\"); units EV (mGy, UCUM, \"mGy\")"""

    fluoro_mode: groups.Cid10004Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (113732, DCM, \"Fluoro Mode\"), VM 1, UC: IFF TID 10003 Row 7 value = (44491008, SCT, \"Fluoroscopy\"); values DCID 10004"""

    pulse_rate: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (113791, DCM, \"Pulse Rate\"), VM 1, MC: IFF Row 5 value = (113631, DCM, \"Pulsed\"); units EV ({pulse}/s, UCUM, \"pulse/s\")"""

    number_of_pulses: IrradiationEventXRaySourceDataNumberOfPulses | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: NUM EV (113768, DCM, \"Number of Pulses\"), VM 1, MC: IFF Row 5 is not present or Row 5 is present and equals (113631, DCM, \"Pulsed\"); units EV (1, UCUM, \"no units\")"""

    pulse_width: list[Num] = field(default_factory=no_items, metadata={"row": "9"})
    """Row 9: NUM EV (113793, DCM, \"Pulse Width\"), VM 1-n, U; units EV (ms, UCUM, \"ms\")"""

    irradiation_duration: Num | None = field(default=None, metadata={"row": "10"})
    """Row 10: NUM EV (113742, DCM, \"Irradiation Duration\"), VM 1, U; units EV (s, UCUM, \"s\")"""

    kvp: list[Num] = field(default_factory=no_items, metadata={"row": "11"})
    """Row 11: NUM EV (113733, DCM, \"KVP\"), VM 1-n, M; units EV (kV, UCUM, \"kV\")"""

    x_ray_tube_current: list[Num] = field(default_factory=no_items, metadata={"row": "12"})
    """Row 12: NUM EV (113734, DCM, \"X-Ray Tube Current\"), VM 1-n, MC: IF Row 15 is not present; units EV (mA, UCUM, \"mA\")"""

    average_x_ray_tube_current: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (113767, DCM, \"Average X-Ray Tube Current\"), VM 1, U; units EV (mA, UCUM, \"mA\")"""

    exposure_time: Num | None = field(default=None, metadata={"row": "14"})
    """Row 14: NUM EV (113824, DCM, \"Exposure Time\"), VM 1, MC: IF Row 15 is not present; units EV (ms, UCUM, \"ms\")"""

    exposure: list[Num] = field(default_factory=no_items, metadata={"row": "15"})
    """Row 15: NUM EV (113736, DCM, \"Exposure\"), VM 1-n, MC: IF Row 12 or 14 is not present; units EV (uA.s, UCUM, \"uA.s\")"""

    focal_spot_size: Num | None = field(default=None, metadata={"row": "16"})
    """Row 16: NUM EV (113766, DCM, \"Focal Spot Size\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    anode_target_material: groups.Cid10016Code | None = field(default=None, metadata={"row": "17"})
    """Row 17: CODE EV (111632, DCM, \"Anode Target Material\"), VM 1, U; values DCID 10016"""

    x_ray_filters: list[IrradiationEventXRaySourceDataXRayFilters] = field(
        default_factory=no_items, metadata={"row": "18"}
    )
    """Row 18: CONTAINER EV (113771, DCM, \"X-Ray Filters\"), VM 1-n, U"""

    collimated_field_area: Num | None = field(default=None, metadata={"row": "23"})
    """Row 23: NUM EV (113790, DCM, \"Collimated Field Area\"), VM 1, U; units EV (m2, UCUM, \"m2\")"""

    collimated_field_height: Num | None = field(default=None, metadata={"row": "24"})
    """Row 24: NUM EV (113788, DCM, \"Collimated Field Height\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    collimated_field_width: Num | None = field(default=None, metadata={"row": "25"})
    """Row 25: NUM EV (113789, DCM, \"Collimated Field Width\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    x_ray_grid: list[groups.Cid10017Code] = field(default_factory=no_items, metadata={"row": "26"})
    """Row 26: CODE EV (111635, DCM, \"X-Ray Grid\"), VM 1-n, U; values DCID 10017"""

    device_participant: tid1021.DeviceParticipant | None = field(
        default=None, metadata={"row": "27"}
    )
    """Row 27: INCLUDE DTID 1021, VM 1, MC: Required if the irradiating device is not the recording device."""


@dataclass(kw_only=True)
class IrradiationEventXRaySourceDataNumberOfPulses(TemplatePart):
    """Row 7 of TID 10003B."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: Num
    """The value of row 7 (NUM)."""

    derivation: Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (121401, DCM, \"Derivation\"), VM 1, MC: IFF count of pulses in Row 7 is estimated; values EV (414135002, SCT, \"Estimated\")"""


@dataclass(kw_only=True)
class IrradiationEventXRaySourceDataXRayFilters(TemplatePart):
    """Row 18 of TID 10003B."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "18"

    x_ray_filter_type: groups.Cid10007Code | None = field(default=None, metadata={"row": "19"})
    """Row 19: CODE EV (113772, DCM, \"X-Ray Filter Type\"), VM 1, U; values DCID 10007"""

    x_ray_filter_material: groups.Cid10006Code | None = field(default=None, metadata={"row": "20"})
    """Row 20: CODE EV (113757, DCM, \"X-Ray Filter Material\"), VM 1, U; values DCID 10006"""

    x_ray_filter_thickness_minimum: Num | None = field(default=None, metadata={"row": "21"})
    """Row 21: NUM EV (113758, DCM, \"X-Ray Filter Thickness Minimum\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    x_ray_filter_thickness_maximum: Num | None = field(default=None, metadata={"row": "22"})
    """Row 22: NUM EV (113773, DCM, \"X-Ray Filter Thickness Maximum\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""
