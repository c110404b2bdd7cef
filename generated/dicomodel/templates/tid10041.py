"""TID 10041 Accumulated Dose Data.

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
    "AccumulatedDoseData",
    "AccumulatedDoseDataCalibration",
    "AccumulatedDoseDataAccumulatedAverageGlandularDose",
    "AccumulatedDoseDataReferencePointDosimetry",
    "AccumulatedDoseDataCtDoseLengthProductSubTotal",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10041",
    name="Accumulated Dose Data",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130500", "Accumulated Dose Data"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113832", "Identification of the X-Ray Source"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CONTAINER",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "122505", "Calibration"),
            vm_min=1,
            vm_max=None,
            condition="IFF Calibration Data is available",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF Calibration Data is available"),
            forbidden_if=(
                "not",
                ("unknown", "outside the content tree: IFF Calibration Data is available"),
            ),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "113794", "Dose Measurement Device"),
            values=(("cid", "D", "10010"), ("cid", "D", "7026")),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113723", "Calibration DateTime"),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122322", "Calibration Factor"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113763", "Calibration Uncertainty"),
            units=(("code", "EV", "%", "UCUM", "Percent"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113724", "Calibration Responsible Party"),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113720", "Calibration Protocol"),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="1021",
            condition="Required if the irradiating device is not the recording device and the dose was accumulated on a single device.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Required if the irradiating device is not the recording device and the dose was accumulated on a single device",
            ),
            bindings=(
                ("$DeviceProcedureRole", (("code", "EV", "113859", "DCM", "Irradiating Device"),)),
            ),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113722", "Dose Area Product Total"),
            units=(("code", "EV", "Gy.m2", "UCUM", "Gy.m2"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113726", "Fluoro Dose Area Product Total"),
            units=(("code", "EV", "Gy.m2", "UCUM", "Gy.m2"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113727", "Acquisition Dose Area Product Total"),
            units=(("code", "EV", "Gy.m2", "UCUM", "Gy.m2"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113730", "Total Fluoro Time"),
            units=(("code", "EV", "s", "UCUM", "s"),),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113855", "Total Acquisition Time"),
            units=(("code", "EV", "s", "UCUM", "s"),),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111637", "Accumulated Average Glandular Dose"),
            vm_min=1,
            vm_max=2,
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="17",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "6022"),),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113947", "Detector Type"),
            values=(("cid", "D", "10030"),),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113731", "Total Number of Radiographic Frames"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130502", "Reference Point Dosimetry"),
        ),
        RowDef(
            key="21",
            nesting=2,
            value_type="TEXT",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113780", "Reference Point Definition"),
            condition="XOR Row 22",
            condition_status="parsed",
            required_if=("not", ("row_present", "22")),
            forbidden_if=("row_present", "22"),
        ),
        RowDef(
            key="22",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113780", "Reference Point Definition"),
            condition="XOR Row 21",
            condition_status="parsed",
            required_if=("not", ("row_present", "21")),
            forbidden_if=("row_present", "21"),
            values=(("cid", "D", "10025"),),
        ),
        RowDef(
            key="23",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113725", "Dose (RP) Total"),
            units=(("code", "EV", "Gy", "UCUM", "Gy"),),
        ),
        RowDef(
            key="24",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113728", "Fluoro Dose (RP) Total"),
            units=(("code", "EV", "Gy", "UCUM", "Gy"),),
        ),
        RowDef(
            key="25",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113729", "Acquisition Dose (RP) Total"),
            units=(("code", "EV", "Gy", "UCUM", "Gy"),),
        ),
        RowDef(
            key="26",
            nesting=2,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "113737", "Distance Source to Reference Point"),
            condition="IFF the distance is constant for all irradiation events within the scope of accumulation.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF the distance is constant for all irradiation events within the scope of accumulation",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF the distance is constant for all irradiation events within the scope of accumulation",
                ),
            ),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="26a",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130745", "CT Dose Length Product Sub-Total"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "mGy.cm", "UCUM", "mGy.cm"),),
        ),
        RowDef(
            key="26b",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "113835", "CTDIw Phantom Type"),
            values=(("cid", "D", "4052"),),
        ),
        RowDef(
            key="27",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113812", "Total Number of Irradiation Events"),
            units=(("code", "EV", "{events}", "UCUM", "events"),),
        ),
        RowDef(
            key="28",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
    ),
)


@dataclass(kw_only=True)
class AccumulatedDoseData(TemplatePart):
    """TID 10041 Accumulated Dose Data."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    identification_of_the_x_ray_source: str = field(metadata={"row": "2"})
    """Row 2: TEXT EV (113832, DCM, \"Identification of the X-Ray Source\"), VM 1, M"""

    calibration: list[AccumulatedDoseDataCalibration] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CONTAINER EV (122505, DCM, \"Calibration\"), VM 1-n, MC: IFF Calibration Data is available"""

    device_participant: tid1021.DeviceParticipant | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 1021, VM 1, MC: Required if the irradiating device is not the recording device and the dose was accumulated on a single device."""

    dose_area_product_total: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (113722, DCM, \"Dose Area Product Total\"), VM 1, U; units EV (Gy.m2, UCUM, \"Gy.m2\")"""

    fluoro_dose_area_product_total: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (113726, DCM, \"Fluoro Dose Area Product Total\"), VM 1, U; units EV (Gy.m2, UCUM, \"Gy.m2\")"""

    acquisition_dose_area_product_total: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (113727, DCM, \"Acquisition Dose Area Product Total\"), VM 1, U; units EV (Gy.m2, UCUM, \"Gy.m2\")"""

    total_fluoro_time: Num | None = field(default=None, metadata={"row": "14"})
    """Row 14: NUM EV (113730, DCM, \"Total Fluoro Time\"), VM 1, U; units EV (s, UCUM, \"s\")"""

    total_acquisition_time: Num | None = field(default=None, metadata={"row": "15"})
    """Row 15: NUM EV (113855, DCM, \"Total Acquisition Time\"), VM 1, U; units EV (s, UCUM, \"s\")"""

    accumulated_average_glandular_dose: list[AccumulatedDoseDataAccumulatedAverageGlandularDose] = (
        field(default_factory=no_items, metadata={"row": "16"})
    )
    """Row 16: NUM EV (111637, DCM, \"Accumulated Average Glandular Dose\"), VM 1-2, U; units EV (mGy, UCUM, \"mGy\")"""

    detector_type: groups.Cid10030Code | None = field(default=None, metadata={"row": "18"})
    """Row 18: CODE EV (113947, DCM, \"Detector Type\"), VM 1, U; values DCID 10030"""

    total_number_of_radiographic_frames: Num | None = field(default=None, metadata={"row": "19"})
    """Row 19: NUM EV (113731, DCM, \"Total Number of Radiographic Frames\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    reference_point_dosimetry: AccumulatedDoseDataReferencePointDosimetry | None = field(
        default=None, metadata={"row": "20"}
    )
    """Row 20: CONTAINER EV (130502, DCM, \"Reference Point Dosimetry\"), VM 1, U"""

    ct_dose_length_product_sub_total: list[AccumulatedDoseDataCtDoseLengthProductSubTotal] = field(
        default_factory=no_items, metadata={"row": "26a"}
    )
    """Row 26a: NUM EV (130745, DCM, \"CT Dose Length Product Sub-Total\"), VM 1-n, U; units EV (mGy.cm, UCUM, \"mGy.cm\")"""

    total_number_of_irradiation_events: Num | None = field(default=None, metadata={"row": "27"})
    """Row 27: NUM EV (113812, DCM, \"Total Number of Irradiation Events\"), VM 1, U; units EV ({events}, UCUM, \"events\")"""

    comment: str | None = field(default=None, metadata={"row": "28"})
    """Row 28: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""


@dataclass(kw_only=True)
class AccumulatedDoseDataCalibration(TemplatePart):
    """Row 3 of TID 10041."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    dose_measurement_device: groups.Cid10010Code | groups.Cid7026Code = field(metadata={"row": "4"})
    """Row 4: CODE EV (113794, DCM, \"Dose Measurement Device\"), VM 1, M; values DCID 10010, DCID 7026"""

    calibration_datetime: str = field(metadata={"row": "5"})
    """Row 5: DATETIME EV (113723, DCM, \"Calibration DateTime\"), VM 1, M"""

    calibration_factor: Num = field(metadata={"row": "6"})
    """Row 6: NUM EV (122322, DCM, \"Calibration Factor\"), VM 1, M; units EV (1, UCUM, \"no units\")"""

    calibration_uncertainty: Num = field(metadata={"row": "7"})
    """Row 7: NUM EV (113763, DCM, \"Calibration Uncertainty\"), VM 1, M; units EV (%, UCUM, \"Percent\")"""

    calibration_responsible_party: str = field(metadata={"row": "8"})
    """Row 8: TEXT EV (113724, DCM, \"Calibration Responsible Party\"), VM 1, M"""

    calibration_protocol: str | None = field(default=None, metadata={"row": "9"})
    """Row 9: TEXT EV (113720, DCM, \"Calibration Protocol\"), VM 1, U"""


@dataclass(kw_only=True)
class AccumulatedDoseDataAccumulatedAverageGlandularDose(TemplatePart):
    """Row 16 of TID 10041."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "16"

    value: Num
    """The value of row 16 (NUM)."""

    laterality: groups.Cid6022Code = field(metadata={"row": "17"})
    """Row 17: CODE EV (272741003, SCT, \"Laterality\"), VM 1, M; values DCID 6022"""


@dataclass(kw_only=True)
class AccumulatedDoseDataReferencePointDosimetry(TemplatePart):
    """Row 20 of TID 10041."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "20"

    reference_point_definition: str | None = field(default=None, metadata={"row": "21"})
    """Row 21: TEXT EV (113780, DCM, \"Reference Point Definition\"), VM 1, MC: XOR Row 22"""

    reference_point_definition_row_22: groups.Cid10025Code | None = field(
        default=None, metadata={"row": "22"}
    )
    """Row 22: CODE EV (113780, DCM, \"Reference Point Definition\"), VM 1, MC: XOR Row 21; values DCID 10025"""

    dose_rp_total: Num | None = field(default=None, metadata={"row": "23"})
    """Row 23: NUM EV (113725, DCM, \"Dose (RP) Total\"), VM 1, U; units EV (Gy, UCUM, \"Gy\")"""

    fluoro_dose_rp_total: Num | None = field(default=None, metadata={"row": "24"})
    """Row 24: NUM EV (113728, DCM, \"Fluoro Dose (RP) Total\"), VM 1, U; units EV (Gy, UCUM, \"Gy\")"""

    acquisition_dose_rp_total: Num | None = field(default=None, metadata={"row": "25"})
    """Row 25: NUM EV (113729, DCM, \"Acquisition Dose (RP) Total\"), VM 1, U; units EV (Gy, UCUM, \"Gy\")"""

    distance_source_to_reference_point: Num | None = field(default=None, metadata={"row": "26"})
    """Row 26: NUM EV (113737, DCM, \"Distance Source to Reference Point\"), VM 1, UC: IFF the distance is constant for all irradiation events within the scope of accumulation.; units EV (mm, UCUM, \"mm\")"""


@dataclass(kw_only=True)
class AccumulatedDoseDataCtDoseLengthProductSubTotal(TemplatePart):
    """Row 26a of TID 10041."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "26a"

    value: Num
    """The value of row 26a (NUM)."""

    ctdiw_phantom_type: groups.Cid4052Code = field(metadata={"row": "26b"})
    """Row 26b: CODE EV (113835, DCM, \"CTDIw Phantom Type\"), VM 1, M; values DCID 4052"""
