"""TID 10042 Irradiation Event Summary Data.

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
    from dicomodel.templates import tid1020, tid1021, tid10015

__all__ = [
    "TEMPLATE",
    "IrradiationEventSummaryData",
    "IrradiationEventSummaryDataIrradiationEventLabel",
    "IrradiationEventSummaryDataImageView",
    "IrradiationEventSummaryDataIsRepeatedAcquisition",
    "IrradiationEventSummaryDataIsRejectedAcquisition",
    "IrradiationEventSummaryDataNumberOfPulses",
    "IrradiationEventSummaryDataCtDose",
    "IrradiationEventSummaryDataCtDoseSizeSpecificDoseEstimate",
    "IrradiationEventSummaryDataCtDoseSizeSpecificDoseEstimateMeasurementMethod",
    "IrradiationEventSummaryDataCtDoseSizeSpecificDoseEstimateMeasurementMethodWaterEquivalentDiameter",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10042",
    name="Irradiation Event Summary Data",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130501", "Irradiation Event Summary Data"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="UIDREF",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113769", "Irradiation Event UID"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111526", "DateTime Started"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111527", "DateTime Ended"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113832", "Identification of the X-Ray Source"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113605", "Irradiation Event Label"),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "113606", "Label Type"),
            condition="IF the value of Row 6 is the value of an Attribute in the images.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: value of Row 6 is the value of an Attribute in the images",
            ),
            values=(("cid", "D", "10022"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113721", "Irradiation Event Type"),
            values=(("cid", "D", "10002"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111031", "Image View"),
            values=(("cid", "D", "4010"), ("cid", "D", "4014")),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111032", "Image View Modifier"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "4011"), ("cid", "D", "4015")),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113946", "Projection Eponymous Name"),
            values=(("cid", "D", "4012"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113845", "Exposure Index"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113846", "Target Exposure Index"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113847", "Deviation Index"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="IMAGE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113795", "Acquired Image"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113738", "Dose (RP)"),
            units=(("code", "EV", "Gy", "UCUM", "Gy"),),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111631", "Average Glandular Dose"),
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "128551", "Is Repeated Acquisition"),
            values=(("cid", "D", "231"),),
        ),
        RowDef(
            key="19",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "128552", "Reason for Repeating Acquisition"),
            condition='IFF value of Row 18 = (373066001, SCT, "Yes")',
            condition_status="parsed",
            required_if=("row_code", "18", (("373066001", "SCT"),)),
            forbidden_if=("not", ("row_code", "18", (("373066001", "SCT"),))),
            values=(("cid", "D", "10034"), ("cid", "D", "7011")),
        ),
        RowDef(
            key="20",
            nesting=2,
            value_type="UIDREF",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "113769", "Irradiation Event UID"),
            condition='IFF value of Row 18 = (373066001, SCT, "Yes")',
            condition_status="parsed",
            required_if=("row_code", "18", (("373066001", "SCT"),)),
            forbidden_if=("not", ("row_code", "18", (("373066001", "SCT"),))),
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130503", "Is Rejected Acquisition"),
            values=(("cid", "D", "231"),),
        ),
        RowDef(
            key="22",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "130504", "Reason for Rejecting Acquisition"),
            condition='IFF value of Row 21 = (373066001, SCT, "Yes")',
            condition_status="parsed",
            required_if=("row_code", "21", (("373066001", "SCT"),)),
            forbidden_if=("not", ("row_code", "21", (("373066001", "SCT"),))),
            values=(("cid", "D", "10034"), ("cid", "D", "7011")),
        ),
        RowDef(
            key="23",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113768", "Number of Pulses"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="24",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121401", "Derivation"),
            condition="IFF count of pulses in Row 23 is estimated",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: count of pulses in Row 23 is estimated",
            ),
            forbidden_if=(
                "not",
                ("unknown", "what a row's value means: count of pulses in Row 23 is estimated"),
            ),
            values=(("code", "EV", "414135002", "SCT", "Estimated"),),
        ),
        RowDef(
            key="25",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113820", "CT Acquisition Type"),
            values=(("cid", "D", "10013"),),
        ),
        RowDef(
            key="26",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113824", "Exposure Time"),
            units=(("code", "EV", "ms", "UCUM", "ms"),),
        ),
        RowDef(
            key="27",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113829", "CT Dose"),
        ),
        RowDef(
            key="28",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113830", "Mean CTDIvol"),
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="29",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113835", "CTDIw Phantom Type"),
            values=(("cid", "D", "4052"),),
        ),
        RowDef(
            key="30",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113836", "CTDIfreeair Calculation Factor"),
            units=(("code", "EV", "mGy/mA.s", "UCUM", "mGy/mA.s"),),
        ),
        RowDef(
            key="31",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113837", "Mean CTDIfreeair"),
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="32",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113838", "DLP"),
            units=(("code", "EV", "mGy.cm", "UCUM", "mGy.cm"),),
        ),
        RowDef(
            key="33",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113930", "Size Specific Dose Estimate"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="34",
            nesting=3,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "370129005", "Measurement Method"),
            values=(("cid", "D", "10023"),),
        ),
        RowDef(
            key="35",
            nesting=4,
            value_type="NUM",
            requirement="MC",
            relationship="INFERRED FROM",
            concept=Code("DCM", "113931", "Measured Lateral Dimension"),
            condition='IF value of Row 34 = (113934, DCM, "AAPM 204 Lateral Dimension") or (113936, DCM, "AAPM 204 Sum of Lateral and AP Dimension")',
            condition_status="parsed",
            required_if=("row_code", "34", (("113934", "DCM"), ("113936", "DCM"))),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="36",
            nesting=4,
            value_type="NUM",
            requirement="MC",
            relationship="INFERRED FROM",
            concept=Code("DCM", "113932", "Measured AP Dimension"),
            condition='IF value of Row 34 = (113935, DCM, "AAPM 204 AP Dimension") or (113936, DCM, "AAPM 204 Sum of Lateral and AP Dimension")',
            condition_status="parsed",
            required_if=("row_code", "34", (("113935", "DCM"), ("113936", "DCM"))),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="37",
            nesting=4,
            value_type="NUM",
            requirement="MC",
            relationship="INFERRED FROM",
            concept=Code("DCM", "113933", "Derived Effective Diameter"),
            condition='IF value of Row 34 = (113934, DCM, "AAPM 204 Lateral Dimension") or (113935, DCM, "AAPM 204 AP Dimension") or (113936, DCM, "AAPM 204 Sum of Lateral and AP Dimension") or (113937, DCM, "AAPM 204 Effective Diameter Estimated From Patient Age")',
            condition_status="parsed",
            required_if=(
                "row_code",
                "34",
                (("113934", "DCM"), ("113935", "DCM"), ("113936", "DCM"), ("113937", "DCM")),
            ),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="38",
            nesting=4,
            value_type="NUM",
            requirement="MC",
            relationship="INFERRED FROM",
            concept=Code("DCM", "113980", "Water Equivalent Diameter"),
            condition='IF value of Row 34 = (113981, DCM, "Water Equivalent Diameter Representative Value")',
            condition_status="parsed",
            required_if=("row_code", "34", (("113981", "DCM"),)),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="39",
            nesting=5,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "370129005", "Measurement Method"),
            values=(("cid", "D", "10024"),),
        ),
        RowDef(
            key="40",
            nesting=4,
            value_type="UIDREF",
            requirement="MC",
            relationship="INFERRED FROM",
            concept=Code(
                "DCM", "113985", "Series or Instance used for Water Equivalent Diameter estimation"
            ),
            vm_min=1,
            vm_max=None,
            condition='IF value of Row 39 = (113982, DCM, "Water Equivalent Diameter Integrated Across Scan Range") or (113984, DCM, "Water Equivalent Diameter From Localizer") or (Row 34 = (113983, DCM, "Water Equivalent Diameter From Raw Data") and the Raw Data is encoded in DICOM).',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF value of Row 39 = §0 or §1 or (Row 34 = §2 and the Raw Data is encoded in DICOM)",
            ),
        ),
        RowDef(
            key="41",
            nesting=4,
            value_type="NUM",
            requirement="MC",
            relationship="INFERRED FROM",
            concept=Code(
                "DCM", "113986", "Z value of location of Water Equivalent Diameter estimation"
            ),
            condition='IF value of Row 39 = (113981, DCM, "Water Equivalent Diameter Representative Value")',
            condition_status="parsed",
            required_if=("row_code", "39", (("113981", "DCM"),)),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="42",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="10015",
        ),
        RowDef(
            key="43",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113842", "X-Ray Modulation Type"),
        ),
        RowDef(
            key="44",
            nesting=1,
            value_type="UIDREF",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "112227", "Frame of Reference UID"),
        ),
        RowDef(
            key="45",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
        RowDef(
            key="46",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="1020",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$PersonProcedureRole",
                    (("code", "EV", "113851", "DCM", "Irradiation Administering"),),
                ),
            ),
        ),
        RowDef(
            key="47",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
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
class IrradiationEventSummaryData(TemplatePart):
    """TID 10042 Irradiation Event Summary Data."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    irradiation_event_uid: str = field(metadata={"row": "2"})
    """Row 2: UIDREF EV (113769, DCM, \"Irradiation Event UID\"), VM 1, M"""

    datetime_started: str = field(metadata={"row": "3"})
    """Row 3: DATETIME DT (111526, DCM, \"DateTime Started\"), VM 1, M"""

    datetime_ended: str = field(metadata={"row": "4"})
    """Row 4: DATETIME DT (111527, DCM, \"DateTime Ended\"), VM 1, M"""

    identification_of_the_x_ray_source: str = field(metadata={"row": "5"})
    """Row 5: TEXT EV (113832, DCM, \"Identification of the X-Ray Source\"), VM 1, M"""

    irradiation_event_label: IrradiationEventSummaryDataIrradiationEventLabel | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: TEXT EV (113605, DCM, \"Irradiation Event Label\"), VM 1, U"""

    irradiation_event_type: groups.Cid10002Code = field(metadata={"row": "8"})
    """Row 8: CODE EV (113721, DCM, \"Irradiation Event Type\"), VM 1, M; values DCID 10002"""

    image_view: IrradiationEventSummaryDataImageView | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: CODE EV (111031, DCM, \"Image View\"), VM 1, U; values DCID 4010, DCID 4014"""

    exposure_index: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (113845, DCM, \"Exposure Index\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    target_exposure_index: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (113846, DCM, \"Target Exposure Index\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    deviation_index: Num | None = field(default=None, metadata={"row": "14"})
    """Row 14: NUM EV (113847, DCM, \"Deviation Index\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    acquired_image: list[Reference] = field(default_factory=no_items, metadata={"row": "15"})
    """Row 15: IMAGE EV (113795, DCM, \"Acquired Image\"), VM 1-n, U"""

    dose_rp: Num | None = field(default=None, metadata={"row": "16"})
    """Row 16: NUM EV (113738, DCM, \"Dose (RP)\"), VM 1, U; units EV (Gy, UCUM, \"Gy\")"""

    average_glandular_dose: Num | None = field(default=None, metadata={"row": "17"})
    """Row 17: NUM EV (111631, DCM, \"Average Glandular Dose\"), VM 1, U; units EV (mGy, UCUM, \"mGy\")"""

    is_repeated_acquisition: IrradiationEventSummaryDataIsRepeatedAcquisition | None = field(
        default=None, metadata={"row": "18"}
    )
    """Row 18: CODE EV (128551, DCM, \"Is Repeated Acquisition\"), VM 1, U; values DCID 231"""

    is_rejected_acquisition: IrradiationEventSummaryDataIsRejectedAcquisition | None = field(
        default=None, metadata={"row": "21"}
    )
    """Row 21: CODE EV (130503, DCM, \"Is Rejected Acquisition\"), VM 1, U; values DCID 231"""

    number_of_pulses: IrradiationEventSummaryDataNumberOfPulses | None = field(
        default=None, metadata={"row": "23"}
    )
    """Row 23: NUM EV (113768, DCM, \"Number of Pulses\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    ct_acquisition_type: Num | None = field(default=None, metadata={"row": "25"})
    """Row 25: NUM EV (113820, DCM, \"CT Acquisition Type\"), VM 1, U; values DCID 10013"""

    exposure_time: Num | None = field(default=None, metadata={"row": "26"})
    """Row 26: NUM EV (113824, DCM, \"Exposure Time\"), VM 1, U; units EV (ms, UCUM, \"ms\")"""

    ct_dose: IrradiationEventSummaryDataCtDose | None = field(default=None, metadata={"row": "27"})
    """Row 27: CONTAINER EV (113829, DCM, \"CT Dose\"), VM 1, U"""

    x_ray_modulation_type: str | None = field(default=None, metadata={"row": "43"})
    """Row 43: TEXT EV (113842, DCM, \"X-Ray Modulation Type\"), VM 1, U"""

    frame_of_reference_uid: str | None = field(default=None, metadata={"row": "44"})
    """Row 44: UIDREF EV (112227, DCM, \"Frame of Reference UID\"), VM 1, U"""

    comment: str | None = field(default=None, metadata={"row": "45"})
    """Row 45: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""

    person_participant: list[tid1020.PersonParticipant] = field(
        default_factory=no_items, metadata={"row": "46"}
    )
    """Row 46: INCLUDE DTID 1020, VM 1-n, U"""

    device_participant: tid1021.DeviceParticipant | None = field(
        default=None, metadata={"row": "47"}
    )
    """Row 47: INCLUDE DTID 1021, VM 1, MC: Required if the irradiating device is not the recording device."""


@dataclass(kw_only=True)
class IrradiationEventSummaryDataIrradiationEventLabel(TemplatePart):
    """Row 6 of TID 10042."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    value: str
    """The value of row 6 (TEXT)."""

    label_type: groups.Cid10022Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (113606, DCM, \"Label Type\"), VM 1, MC: IF the value of Row 6 is the value of an Attribute in the images.; values DCID 10022"""


@dataclass(kw_only=True)
class IrradiationEventSummaryDataImageView(TemplatePart):
    """Row 9 of TID 10042."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    value: groups.Cid4010Code | groups.Cid4014Code
    """The value of row 9 (CODE)."""

    image_view_modifier: list[groups.Cid4011Code | groups.Cid4015Code] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: CODE EV (111032, DCM, \"Image View Modifier\"), VM 1-n, U; values DCID 4011, DCID 4015"""

    projection_eponymous_name: groups.Cid4012Code | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: CODE EV (113946, DCM, \"Projection Eponymous Name\"), VM 1, U; values DCID 4012"""


@dataclass(kw_only=True)
class IrradiationEventSummaryDataIsRepeatedAcquisition(TemplatePart):
    """Row 18 of TID 10042."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "18"

    value: groups.Cid231Code
    """The value of row 18 (CODE)."""

    reason_for_repeating_acquisition: groups.Cid10034Code | groups.Cid7011Code | None = field(
        default=None, metadata={"row": "19"}
    )
    """Row 19: CODE EV (128552, DCM, \"Reason for Repeating Acquisition\"), VM 1, MC: IFF value of Row 18 = (373066001, SCT, \"Yes\"); values DCID 10034, DCID 7011"""

    irradiation_event_uid: str | None = field(default=None, metadata={"row": "20"})
    """Row 20: UIDREF EV (113769, DCM, \"Irradiation Event UID\"), VM 1, UC: IFF value of Row 18 = (373066001, SCT, \"Yes\")"""


@dataclass(kw_only=True)
class IrradiationEventSummaryDataIsRejectedAcquisition(TemplatePart):
    """Row 21 of TID 10042."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "21"

    value: groups.Cid231Code
    """The value of row 21 (CODE)."""

    reason_for_rejecting_acquisition: groups.Cid10034Code | groups.Cid7011Code | None = field(
        default=None, metadata={"row": "22"}
    )
    """Row 22: CODE EV (130504, DCM, \"Reason for Rejecting Acquisition\"), VM 1, MC: IFF value of Row 21 = (373066001, SCT, \"Yes\"); values DCID 10034, DCID 7011"""


@dataclass(kw_only=True)
class IrradiationEventSummaryDataNumberOfPulses(TemplatePart):
    """Row 23 of TID 10042."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "23"

    value: Num
    """The value of row 23 (NUM)."""

    derivation: Code | None = field(default=None, metadata={"row": "24"})
    """Row 24: CODE EV (121401, DCM, \"Derivation\"), VM 1, MC: IFF count of pulses in Row 23 is estimated; values EV (414135002, SCT, \"Estimated\")"""


@dataclass(kw_only=True)
class IrradiationEventSummaryDataCtDose(TemplatePart):
    """Row 27 of TID 10042."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "27"

    mean_ctdivol: Num = field(metadata={"row": "28"})
    """Row 28: NUM EV (113830, DCM, \"Mean CTDIvol\"), VM 1, M; units EV (mGy, UCUM, \"mGy\")"""

    ctdiw_phantom_type: groups.Cid4052Code = field(metadata={"row": "29"})
    """Row 29: CODE EV (113835, DCM, \"CTDIw Phantom Type\"), VM 1, M; values DCID 4052"""

    ctdifreeair_calculation_factor: Num | None = field(default=None, metadata={"row": "30"})
    """Row 30: NUM EV (113836, DCM, \"CTDIfreeair Calculation Factor\"), VM 1, U; units EV (mGy/mA.s, UCUM, \"mGy/mA.s\")"""

    mean_ctdifreeair: Num | None = field(default=None, metadata={"row": "31"})
    """Row 31: NUM EV (113837, DCM, \"Mean CTDIfreeair\"), VM 1, U; units EV (mGy, UCUM, \"mGy\")"""

    dlp: Num = field(metadata={"row": "32"})
    """Row 32: NUM EV (113838, DCM, \"DLP\"), VM 1, M; units EV (mGy.cm, UCUM, \"mGy.cm\")"""

    size_specific_dose_estimate: list[IrradiationEventSummaryDataCtDoseSizeSpecificDoseEstimate] = (
        field(default_factory=no_items, metadata={"row": "33"})
    )
    """Row 33: NUM EV (113930, DCM, \"Size Specific Dose Estimate\"), VM 1-n, U; units EV (mGy, UCUM, \"mGy\")"""

    ct_dose_check_details: tid10015.CTDoseCheckDetails | None = field(
        default=None, metadata={"row": "42"}
    )
    """Row 42: INCLUDE DTID 10015, VM 1, U"""


@dataclass(kw_only=True)
class IrradiationEventSummaryDataCtDoseSizeSpecificDoseEstimate(TemplatePart):
    """Row 33 of TID 10042."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "33"

    value: Num
    """The value of row 33 (NUM)."""

    measurement_method: IrradiationEventSummaryDataCtDoseSizeSpecificDoseEstimateMeasurementMethod = field(
        metadata={"row": "34"}
    )
    """Row 34: CODE EV (370129005, SCT, \"Measurement Method\"), VM 1, M; values DCID 10023"""


@dataclass(kw_only=True)
class IrradiationEventSummaryDataCtDoseSizeSpecificDoseEstimateMeasurementMethod(TemplatePart):
    """Row 34 of TID 10042."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "34"

    value: groups.Cid10023Code
    """The value of row 34 (CODE)."""

    measured_lateral_dimension: Num | None = field(default=None, metadata={"row": "35"})
    """Row 35: NUM EV (113931, DCM, \"Measured Lateral Dimension\"), VM 1, MC: IF value of Row 34 = (113934, DCM, \"AAPM 204 Lateral Dimension\") or (113936, DCM, \"AAPM 204 Sum of Lateral and AP Dimension\"); units EV (mm, UCUM, \"mm\")"""

    measured_ap_dimension: Num | None = field(default=None, metadata={"row": "36"})
    """Row 36: NUM EV (113932, DCM, \"Measured AP Dimension\"), VM 1, MC: IF value of Row 34 = (113935, DCM, \"AAPM 204 AP Dimension\") or (113936, DCM, \"AAPM 204 Sum of Lateral and AP Dimension\"); units EV (mm, UCUM, \"mm\")"""

    derived_effective_diameter: Num | None = field(default=None, metadata={"row": "37"})
    """Row 37: NUM EV (113933, DCM, \"Derived Effective Diameter\"), VM 1, MC: IF value of Row 34 = (113934, DCM, \"AAPM 204 Lateral Dimension\") or (113935, DCM, \"AAPM 204 AP Dimension\") or (113936, DCM, \"AAPM 204 Sum of Lateral and AP Dimension\") or (113937, DCM, \"AAPM 204 Effective Diameter Estimated From Patient Age\"); units EV (mm, UCUM, \"mm\")"""

    water_equivalent_diameter: (
        IrradiationEventSummaryDataCtDoseSizeSpecificDoseEstimateMeasurementMethodWaterEquivalentDiameter
        | None
    ) = field(default=None, metadata={"row": "38"})
    """Row 38: NUM EV (113980, DCM, \"Water Equivalent Diameter\"), VM 1, MC: IF value of Row 34 = (113981, DCM, \"Water Equivalent Diameter Representative Value\"); units EV (mm, UCUM, \"mm\")"""

    series_or_instance_used_for_water_equivalent_diameter_estimation: list[str] = field(
        default_factory=no_items, metadata={"row": "40"}
    )
    """Row 40: UIDREF EV (113985, DCM, \"Series or Instance used for Water Equivalent Diameter estimation\"), VM 1-n, MC: IF value of Row 39 = (113982, DCM, \"Water Equivalent Diameter Integrated Across Scan Range\") or (113984, DCM, \"Water Equivalent Diameter From Localizer\") or (Row 34 = (113983, DCM, \"Water Equivalent Diameter From Raw Data\") and the Raw Data is encoded in DICOM)."""

    z_value_of_location_of_water_equivalent_diameter_estimation: Num | None = field(
        default=None, metadata={"row": "41"}
    )
    """Row 41: NUM EV (113986, DCM, \"Z value of location of Water Equivalent Diameter estimation\"), VM 1, MC: IF value of Row 39 = (113981, DCM, \"Water Equivalent Diameter Representative Value\"); units EV (mm, UCUM, \"mm\")"""


@dataclass(kw_only=True)
class IrradiationEventSummaryDataCtDoseSizeSpecificDoseEstimateMeasurementMethodWaterEquivalentDiameter(
    TemplatePart
):
    """Row 38 of TID 10042."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "38"

    value: Num
    """The value of row 38 (NUM)."""

    measurement_method: groups.Cid10024Code = field(metadata={"row": "39"})
    """Row 39: CODE EV (370129005, SCT, \"Measurement Method\"), VM 1, M; values DCID 10024"""
