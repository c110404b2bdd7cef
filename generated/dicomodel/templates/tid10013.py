"""TID 10013 CT Irradiation Event Data.

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
    from dicomodel.templates import tid1020, tid1021, tid10014, tid10015

__all__ = [
    "TEMPLATE",
    "CTIrradiationEventData",
    "CTIrradiationEventDataCtAcquisitionType",
    "CTIrradiationEventDataIrradiationEventLabel",
    "CTIrradiationEventDataIsRepeatedAcquisition",
    "CTIrradiationEventDataIsRejectedAcquisition",
    "CTIrradiationEventDataCtAcquisitionParameters",
    "CTIrradiationEventDataCtAcquisitionParametersCtXRaySourceParameters",
    "CTIrradiationEventDataCtDose",
    "CTIrradiationEventDataCtDoseEffectiveDose",
    "CTIrradiationEventDataCtDoseEffectiveDoseMeasurementMethod",
    "CTIrradiationEventDataCtDoseSizeSpecificDoseEstimate",
    "CTIrradiationEventDataCtDoseSizeSpecificDoseEstimateWaterEquivalentDiameter",
    "CTIrradiationEventDataCtDoseSizeSpecificDoseEstimateSizeSpecificDoseEstimateAtLongitudinalPositionZ",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10013",
    name="CT Irradiation Event Data",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "113819", "CT Acquisition"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "125203", "Acquisition Protocol"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "123014", "Target Region"),
            values=(("cid", "D", "4030"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113820", "CT Acquisition Type"),
            values=(("cid", "D", "10013"),),
        ),
        RowDef(
            key="4b",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "113961", "Reconstruction Algorithm"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "10033"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "408730004", "Procedure Context"),
            values=(("cid", "D", "10014"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="UIDREF",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113769", "Irradiation Event UID"),
        ),
        RowDef(
            key="6b",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113605", "Irradiation Event Label"),
        ),
        RowDef(
            key="6c",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "113606", "Label Type"),
            condition="IF the value of Row 6b is the value of an Attribute in the images.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: value of Row 6b is the value of an Attribute in the images",
            ),
            values=(("cid", "D", "10022"),),
        ),
        RowDef(
            key="6d",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "128551", "Is Repeated Acquisition"),
            values=(("cid", "D", "231"),),
        ),
        RowDef(
            key="6e",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "128552", "Reason for Repeating Acquisition"),
            condition='IFF value of Row 6d = (373066001, SCT, "Yes")',
            condition_status="parsed",
            required_if=("row_code", "6d", (("373066001", "SCT"),)),
            forbidden_if=("not", ("row_code", "6d", (("373066001", "SCT"),))),
            values=(("cid", "D", "10034"),),
        ),
        RowDef(
            key="6e1",
            nesting=2,
            value_type="UIDREF",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "113769", "Irradiation Event UID"),
            condition='IFF value of Row 6d = (373066001, SCT, "Yes")',
            condition_status="parsed",
            required_if=("row_code", "6d", (("373066001", "SCT"),)),
            forbidden_if=("not", ("row_code", "6d", (("373066001", "SCT"),))),
        ),
        RowDef(
            key="6e2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130503", "Is Rejected Acquisition"),
            values=(("cid", "D", "231"),),
        ),
        RowDef(
            key="6e3",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "130504", "Reason for Rejecting Acquisition"),
            condition='IFF value of Row 6e2 = (373066001, SCT, "Yes")',
            condition_status="parsed",
            required_if=("row_code", "6e2", (("373066001", "SCT"),)),
            forbidden_if=("not", ("row_code", "6e2", (("373066001", "SCT"),))),
            values=(("cid", "D", "10034"), ("cid", "D", "7011")),
        ),
        RowDef(
            key="6f",
            nesting=1,
            value_type="DATETIME",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111526", "DateTime Started"),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113822", "CT Acquisition Parameters"),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113824", "Exposure Time"),
            units=(("code", "EV", "s", "UCUM", "s"),),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="10014",
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113826", "Nominal Single Collimation Width"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113827", "Nominal Total Collimation Width"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113828", "Pitch Factor"),
            condition='IF value of Row 4 = (116152004, SCT, "Spiral Acquisition") or equals (113804, DCM, "Sequenced Acquisition")',
            condition_status="parsed",
            required_if=("row_code", "4", (("116152004", "SCT"), ("113804", "DCM"))),
            units=(("code", "EV", "{ratio}", "UCUM", "ratio"),),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113823", "Number of X-Ray Sources"),
            units=(("code", "EV", "{X-Ray sources}", "UCUM", "X-Ray sources"),),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113831", "CT X-Ray Source Parameters"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="15",
            nesting=3,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113832", "Identification of the X-Ray Source"),
        ),
        RowDef(
            key="16",
            nesting=3,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113733", "KVP"),
            units=(("code", "EV", "kV", "UCUM", "kV"),),
        ),
        RowDef(
            key="17",
            nesting=3,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113833", "Maximum X-Ray Tube Current"),
            units=(("code", "EV", "mA", "UCUM", "mA"),),
        ),
        RowDef(
            key="18",
            nesting=3,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113734", "X-Ray Tube Current"),
            units=(("code", "EV", "mA", "UCUM", "mA"),),
        ),
        RowDef(
            key="19",
            nesting=3,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113834", "Exposure Time per Rotation"),
            condition='IF Row 4 does not equal (113805, DCM, "Constant Angle Acquisition")',
            condition_status="parsed",
            required_if=("not", ("row_code", "4", (("113805", "DCM"),))),
            units=(("code", "EV", "s", "UCUM", "s"),),
        ),
        RowDef(
            key="20",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113821", "X-Ray Filter Aluminum Equivalent"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="CONTAINER",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113829", "CT Dose"),
            condition='IF Row 4 does not equal (113805, DCM, "Constant Angle Acquisition")',
            condition_status="parsed",
            required_if=("not", ("row_code", "4", (("113805", "DCM"),))),
        ),
        RowDef(
            key="22",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113830", "Mean CTDIvol"),
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="23",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113835", "CTDIw Phantom Type"),
            values=(("cid", "D", "4052"),),
        ),
        RowDef(
            key="24",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113836", "CTDIfreeair Calculation Factor"),
            units=(("code", "EV", "mGy/mA.s", "UCUM", "mGy/mA.s"),),
        ),
        RowDef(
            key="25",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113837", "Mean CTDIfreeair"),
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="26",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113838", "DLP"),
            units=(("code", "EV", "mGy.cm", "UCUM", "mGy.cm"),),
        ),
        RowDef(
            key="27",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113839", "Effective Dose"),
            units=(("code", "EV", "mSv", "UCUM", "mSv"),),
        ),
        RowDef(
            key="28",
            nesting=3,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "370129005", "Measurement Method"),
            condition="IF Row 27 is present",
            condition_status="parsed",
            required_if=("row_present", "27"),
            values=(("cid", "D", "10011"),),
        ),
        RowDef(
            key="29",
            nesting=4,
            value_type="NUM",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "113840", "Effective Dose Conversion Factor"),
            condition='IF Row 28 is present and equals (113800, DCM, "DLP to E conversion via MC computation") or equals (113802, DCM, "DLP to E conversion via measurement")',
            condition_status="parsed",
            required_if=("row_code", "28", (("113800", "DCM"), ("113802", "DCM"))),
            units=(("code", "EV", "mSv/mGy.cm", "UCUM", "mSv/mGy.cm"),),
        ),
        RowDef(
            key="30",
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
            key="31",
            nesting=3,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "370129005", "Measurement Method"),
            values=(("cid", "D", "10023"),),
        ),
        RowDef(
            key="32",
            nesting=3,
            value_type="NUM",
            requirement="MC",
            relationship="INFERRED FROM",
            concept=Code("DCM", "113931", "Measured Lateral Dimension"),
            condition='IF value of Row 31 = (113934, DCM, "AAPM 204 Lateral Dimension") or (113936, DCM, "AAPM 204 Sum of Lateral and AP Dimension")',
            condition_status="parsed",
            required_if=("row_code", "31", (("113934", "DCM"), ("113936", "DCM"))),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="33",
            nesting=3,
            value_type="NUM",
            requirement="MC",
            relationship="INFERRED FROM",
            concept=Code("DCM", "113932", "Measured AP Dimension"),
            condition='IF value of Row 31 = (113935, DCM, "AAPM 204 AP Dimension") or (113936, DCM, "AAPM 204 Sum of Lateral and AP Dimension")',
            condition_status="parsed",
            required_if=("row_code", "31", (("113935", "DCM"), ("113936", "DCM"))),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="34",
            nesting=3,
            value_type="NUM",
            requirement="MC",
            relationship="INFERRED FROM",
            concept=Code("DCM", "113933", "Derived Effective Diameter"),
            condition='IF value of Row 31 = (113934, DCM, "AAPM 204 Lateral Dimension") or (113935, DCM, "AAPM 204 AP Dimension") or (113936, DCM, "AAPM 204 Sum of Lateral and AP Dimension") or (113937, DCM, "AAPM 204 Effective Diameter Estimated From Patient Age")',
            condition_status="parsed",
            required_if=(
                "row_code",
                "31",
                (("113934", "DCM"), ("113935", "DCM"), ("113936", "DCM"), ("113937", "DCM")),
            ),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="34a",
            nesting=3,
            value_type="NUM",
            requirement="UC",
            relationship="INFERRED FROM",
            concept=Code("DCM", "113991", "Dw Conversion Factor Coefficients"),
            vm_min=2,
            vm_max=2,
            condition='IFF value of Row 31 = (113988, DCM, "Estimated from Water Equivalent Diameter") or (113989, DCM, "Arithmetic Average of SSDE(z)")',
            condition_status="parsed",
            required_if=("row_code", "31", (("113988", "DCM"), ("113989", "DCM"))),
            forbidden_if=("not", ("row_code", "31", (("113988", "DCM"), ("113989", "DCM")))),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="34b",
            nesting=3,
            value_type="UIDREF",
            requirement="U",
            relationship="INFERRED FROM",
            concept=Code(
                "DCM", "113985", "Series or Instance used for Water Equivalent Diameter estimation"
            ),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="34c",
            nesting=3,
            value_type="NUM",
            requirement="MC",
            relationship="INFERRED FROM",
            concept=Code("DCM", "113980", "Water Equivalent Diameter"),
            condition='IF value of Row 31 = (113988, DCM, "Estimated from Water Equivalent Diameter") or (113989, DCM, "Arithmetic Average of SSDE(z)")',
            condition_status="parsed",
            required_if=("row_code", "31", (("113988", "DCM"), ("113989", "DCM"))),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="34d",
            nesting=4,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "370129005", "Measurement Method"),
            values=(("cid", "D", "10024"),),
        ),
        RowDef(
            key="34e",
            nesting=4,
            value_type="NUM",
            requirement="MC",
            relationship="INFERRED FROM",
            concept=Code("DCM", "113994", "Longitudinal Position Z"),
            condition='IF value of Row 34d = (113981, DCM, "Water Equivalent Diameter Representative Value")',
            condition_status="parsed",
            required_if=("row_code", "34d", (("113981", "DCM"),)),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="34f",
            nesting=3,
            value_type="NUM",
            requirement="MC",
            relationship="INFERRED FROM",
            concept=Code("DCM", "113993", "Size Specific Dose Estimate At Longitudinal Position Z"),
            vm_min=1,
            vm_max=None,
            condition='IF value of Row 31 = (113989, DCM, "Arithmetic Average of SSDE(z)")',
            condition_status="parsed",
            required_if=("row_code", "31", (("113989", "DCM"),)),
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="34g",
            nesting=4,
            value_type="NUM",
            requirement="M",
            relationship="INFERRED FROM",
            concept=Code("DCM", "113994", "Longitudinal Position Z"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="34h",
            nesting=4,
            value_type="NUM",
            requirement="M",
            relationship="INFERRED FROM",
            concept=Code("DCM", "113995", "Water Equivalent Diameter At Longitudinal Position Z"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="35",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="10015",
        ),
        RowDef(
            key="36",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113842", "X-Ray Modulation Type"),
        ),
        RowDef(
            key="37",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
        RowDef(
            key="38",
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
            key="39",
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
class CTIrradiationEventData(TemplatePart):
    """TID 10013 CT Irradiation Event Data."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    acquisition_protocol: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (125203, DCM, \"Acquisition Protocol\"), VM 1, U"""

    target_region: groups.Cid4030Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (123014, DCM, \"Target Region\"), VM 1, M; values DCID 4030"""

    ct_acquisition_type: CTIrradiationEventDataCtAcquisitionType = field(metadata={"row": "4"})
    """Row 4: CODE EV (113820, DCM, \"CT Acquisition Type\"), VM 1, M; values DCID 10013"""

    procedure_context: groups.Cid10014Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (408730004, SCT, \"Procedure Context\"), VM 1, U; values DCID 10014"""

    irradiation_event_uid: str = field(metadata={"row": "6"})
    """Row 6: UIDREF EV (113769, DCM, \"Irradiation Event UID\"), VM 1, M"""

    irradiation_event_label: CTIrradiationEventDataIrradiationEventLabel | None = field(
        default=None, metadata={"row": "6b"}
    )
    """Row 6b: TEXT EV (113605, DCM, \"Irradiation Event Label\"), VM 1, U"""

    is_repeated_acquisition: CTIrradiationEventDataIsRepeatedAcquisition | None = field(
        default=None, metadata={"row": "6d"}
    )
    """Row 6d: CODE EV (128551, DCM, \"Is Repeated Acquisition\"), VM 1, U; values DCID 231"""

    is_rejected_acquisition: CTIrradiationEventDataIsRejectedAcquisition | None = field(
        default=None, metadata={"row": "6e2"}
    )
    """Row 6e2: CODE EV (130503, DCM, \"Is Rejected Acquisition\"), VM 1, U; values DCID 231"""

    datetime_started: str | None = field(default=None, metadata={"row": "6f"})
    """Row 6f: DATETIME EV (111526, DCM, \"DateTime Started\"), VM 1, U"""

    ct_acquisition_parameters: CTIrradiationEventDataCtAcquisitionParameters = field(
        metadata={"row": "7"}
    )
    """Row 7: CONTAINER EV (113822, DCM, \"CT Acquisition Parameters\"), VM 1, M"""

    ct_dose: CTIrradiationEventDataCtDose | None = field(default=None, metadata={"row": "21"})
    """Row 21: CONTAINER EV (113829, DCM, \"CT Dose\"), VM 1, MC: IF Row 4 does not equal (113805, DCM, \"Constant Angle Acquisition\")"""

    x_ray_modulation_type: str | None = field(default=None, metadata={"row": "36"})
    """Row 36: TEXT EV (113842, DCM, \"X-Ray Modulation Type\"), VM 1, U"""

    comment: str | None = field(default=None, metadata={"row": "37"})
    """Row 37: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""

    person_participant: list[tid1020.PersonParticipant] = field(
        default_factory=no_items, metadata={"row": "38"}
    )
    """Row 38: INCLUDE DTID 1020, VM 1-n, U"""

    device_participant: tid1021.DeviceParticipant | None = field(
        default=None, metadata={"row": "39"}
    )
    """Row 39: INCLUDE DTID 1021, VM 1, MC: Required if the irradiating device is not the recording device."""


@dataclass(kw_only=True)
class CTIrradiationEventDataCtAcquisitionType(TemplatePart):
    """Row 4 of TID 10013."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: groups.Cid10013Code
    """The value of row 4 (CODE)."""

    reconstruction_algorithm: list[groups.Cid10033Code] = field(
        default_factory=no_items, metadata={"row": "4b"}
    )
    """Row 4b: CODE EV (113961, DCM, \"Reconstruction Algorithm\"), VM 1-n, U; values DCID 10033"""


@dataclass(kw_only=True)
class CTIrradiationEventDataIrradiationEventLabel(TemplatePart):
    """Row 6b of TID 10013."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6b"

    value: str
    """The value of row 6b (TEXT)."""

    label_type: groups.Cid10022Code | None = field(default=None, metadata={"row": "6c"})
    """Row 6c: CODE EV (113606, DCM, \"Label Type\"), VM 1, MC: IF the value of Row 6b is the value of an Attribute in the images.; values DCID 10022"""


@dataclass(kw_only=True)
class CTIrradiationEventDataIsRepeatedAcquisition(TemplatePart):
    """Row 6d of TID 10013."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6d"

    value: groups.Cid231Code
    """The value of row 6d (CODE)."""

    reason_for_repeating_acquisition: groups.Cid10034Code | None = field(
        default=None, metadata={"row": "6e"}
    )
    """Row 6e: CODE EV (128552, DCM, \"Reason for Repeating Acquisition\"), VM 1, MC: IFF value of Row 6d = (373066001, SCT, \"Yes\"); values DCID 10034"""

    irradiation_event_uid: str | None = field(default=None, metadata={"row": "6e1"})
    """Row 6e1: UIDREF EV (113769, DCM, \"Irradiation Event UID\"), VM 1, UC: IFF value of Row 6d = (373066001, SCT, \"Yes\")"""


@dataclass(kw_only=True)
class CTIrradiationEventDataIsRejectedAcquisition(TemplatePart):
    """Row 6e2 of TID 10013."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6e2"

    value: groups.Cid231Code
    """The value of row 6e2 (CODE)."""

    reason_for_rejecting_acquisition: groups.Cid10034Code | groups.Cid7011Code | None = field(
        default=None, metadata={"row": "6e3"}
    )
    """Row 6e3: CODE EV (130504, DCM, \"Reason for Rejecting Acquisition\"), VM 1, MC: IFF value of Row 6e2 = (373066001, SCT, \"Yes\"); values DCID 10034, DCID 7011"""


@dataclass(kw_only=True)
class CTIrradiationEventDataCtAcquisitionParameters(TemplatePart):
    """Row 7 of TID 10013."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    exposure_time: Num = field(metadata={"row": "8"})
    """Row 8: NUM EV (113824, DCM, \"Exposure Time\"), VM 1, M; units EV (s, UCUM, \"s\")"""

    scanning_length: tid10014.ScanningLength = field(metadata={"row": "9"})
    """Row 9: INCLUDE DTID 10014, VM 1, M"""

    nominal_single_collimation_width: Num = field(metadata={"row": "10"})
    """Row 10: NUM EV (113826, DCM, \"Nominal Single Collimation Width\"), VM 1, M; units EV (mm, UCUM, \"mm\")"""

    nominal_total_collimation_width: Num = field(metadata={"row": "11"})
    """Row 11: NUM EV (113827, DCM, \"Nominal Total Collimation Width\"), VM 1, M; units EV (mm, UCUM, \"mm\")"""

    pitch_factor: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (113828, DCM, \"Pitch Factor\"), VM 1, MC: IF value of Row 4 = (116152004, SCT, \"Spiral Acquisition\") or equals (113804, DCM, \"Sequenced Acquisition\"); units EV ({ratio}, UCUM, \"ratio\")"""

    number_of_x_ray_sources: Num = field(metadata={"row": "13"})
    """Row 13: NUM EV (113823, DCM, \"Number of X-Ray Sources\"), VM 1, M; units EV ({X-Ray sources}, UCUM, \"X-Ray sources\")"""

    ct_x_ray_source_parameters: list[
        CTIrradiationEventDataCtAcquisitionParametersCtXRaySourceParameters
    ] = field(default_factory=no_items, metadata={"row": "14"})
    """Row 14: CONTAINER EV (113831, DCM, \"CT X-Ray Source Parameters\"), VM 1-n, M"""


@dataclass(kw_only=True)
class CTIrradiationEventDataCtAcquisitionParametersCtXRaySourceParameters(TemplatePart):
    """Row 14 of TID 10013."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "14"

    identification_of_the_x_ray_source: str = field(metadata={"row": "15"})
    """Row 15: TEXT EV (113832, DCM, \"Identification of the X-Ray Source\"), VM 1, M"""

    kvp: Num = field(metadata={"row": "16"})
    """Row 16: NUM EV (113733, DCM, \"KVP\"), VM 1, M; units EV (kV, UCUM, \"kV\")"""

    maximum_x_ray_tube_current: Num = field(metadata={"row": "17"})
    """Row 17: NUM EV (113833, DCM, \"Maximum X-Ray Tube Current\"), VM 1, M; units EV (mA, UCUM, \"mA\")"""

    x_ray_tube_current: Num = field(metadata={"row": "18"})
    """Row 18: NUM EV (113734, DCM, \"X-Ray Tube Current\"), VM 1, M; units EV (mA, UCUM, \"mA\")"""

    exposure_time_per_rotation: Num | None = field(default=None, metadata={"row": "19"})
    """Row 19: NUM EV (113834, DCM, \"Exposure Time per Rotation\"), VM 1, MC: IF Row 4 does not equal (113805, DCM, \"Constant Angle Acquisition\"); units EV (s, UCUM, \"s\")"""

    x_ray_filter_aluminum_equivalent: Num | None = field(default=None, metadata={"row": "20"})
    """Row 20: NUM EV (113821, DCM, \"X-Ray Filter Aluminum Equivalent\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""


@dataclass(kw_only=True)
class CTIrradiationEventDataCtDose(TemplatePart):
    """Row 21 of TID 10013."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "21"

    mean_ctdivol: Num = field(metadata={"row": "22"})
    """Row 22: NUM EV (113830, DCM, \"Mean CTDIvol\"), VM 1, M; units EV (mGy, UCUM, \"mGy\")"""

    ctdiw_phantom_type: groups.Cid4052Code = field(metadata={"row": "23"})
    """Row 23: CODE EV (113835, DCM, \"CTDIw Phantom Type\"), VM 1, M; values DCID 4052"""

    ctdifreeair_calculation_factor: Num | None = field(default=None, metadata={"row": "24"})
    """Row 24: NUM EV (113836, DCM, \"CTDIfreeair Calculation Factor\"), VM 1, U; units EV (mGy/mA.s, UCUM, \"mGy/mA.s\")"""

    mean_ctdifreeair: Num | None = field(default=None, metadata={"row": "25"})
    """Row 25: NUM EV (113837, DCM, \"Mean CTDIfreeair\"), VM 1, U; units EV (mGy, UCUM, \"mGy\")"""

    dlp: Num = field(metadata={"row": "26"})
    """Row 26: NUM EV (113838, DCM, \"DLP\"), VM 1, M; units EV (mGy.cm, UCUM, \"mGy.cm\")"""

    effective_dose: CTIrradiationEventDataCtDoseEffectiveDose | None = field(
        default=None, metadata={"row": "27"}
    )
    """Row 27: NUM EV (113839, DCM, \"Effective Dose\"), VM 1, U; units EV (mSv, UCUM, \"mSv\")"""

    size_specific_dose_estimate: list[CTIrradiationEventDataCtDoseSizeSpecificDoseEstimate] = field(
        default_factory=no_items, metadata={"row": "30"}
    )
    """Row 30: NUM EV (113930, DCM, \"Size Specific Dose Estimate\"), VM 1-n, U; units EV (mGy, UCUM, \"mGy\")"""

    ct_dose_check_details: tid10015.CTDoseCheckDetails = field(metadata={"row": "35"})
    """Row 35: INCLUDE DTID 10015, VM 1, M"""


@dataclass(kw_only=True)
class CTIrradiationEventDataCtDoseEffectiveDose(TemplatePart):
    """Row 27 of TID 10013."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "27"

    value: Num
    """The value of row 27 (NUM)."""

    measurement_method: CTIrradiationEventDataCtDoseEffectiveDoseMeasurementMethod | None = field(
        default=None, metadata={"row": "28"}
    )
    """Row 28: CODE EV (370129005, SCT, \"Measurement Method\"), VM 1, MC: IF Row 27 is present; values DCID 10011"""


@dataclass(kw_only=True)
class CTIrradiationEventDataCtDoseEffectiveDoseMeasurementMethod(TemplatePart):
    """Row 28 of TID 10013."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "28"

    value: groups.Cid10011Code
    """The value of row 28 (CODE)."""

    effective_dose_conversion_factor: Num | None = field(default=None, metadata={"row": "29"})
    """Row 29: NUM EV (113840, DCM, \"Effective Dose Conversion Factor\"), VM 1, MC: IF Row 28 is present and equals (113800, DCM, \"DLP to E conversion via MC computation\") or equals (113802, DCM, \"DLP to E conversion via measurement\"); units EV (mSv/mGy.cm, UCUM, \"mSv/mGy.cm\")"""


@dataclass(kw_only=True)
class CTIrradiationEventDataCtDoseSizeSpecificDoseEstimate(TemplatePart):
    """Row 30 of TID 10013."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "30"

    value: Num
    """The value of row 30 (NUM)."""

    measurement_method: groups.Cid10023Code = field(metadata={"row": "31"})
    """Row 31: CODE EV (370129005, SCT, \"Measurement Method\"), VM 1, M; values DCID 10023"""

    measured_lateral_dimension: Num | None = field(default=None, metadata={"row": "32"})
    """Row 32: NUM EV (113931, DCM, \"Measured Lateral Dimension\"), VM 1, MC: IF value of Row 31 = (113934, DCM, \"AAPM 204 Lateral Dimension\") or (113936, DCM, \"AAPM 204 Sum of Lateral and AP Dimension\"); units EV (mm, UCUM, \"mm\")"""

    measured_ap_dimension: Num | None = field(default=None, metadata={"row": "33"})
    """Row 33: NUM EV (113932, DCM, \"Measured AP Dimension\"), VM 1, MC: IF value of Row 31 = (113935, DCM, \"AAPM 204 AP Dimension\") or (113936, DCM, \"AAPM 204 Sum of Lateral and AP Dimension\"); units EV (mm, UCUM, \"mm\")"""

    derived_effective_diameter: Num | None = field(default=None, metadata={"row": "34"})
    """Row 34: NUM EV (113933, DCM, \"Derived Effective Diameter\"), VM 1, MC: IF value of Row 31 = (113934, DCM, \"AAPM 204 Lateral Dimension\") or (113935, DCM, \"AAPM 204 AP Dimension\") or (113936, DCM, \"AAPM 204 Sum of Lateral and AP Dimension\") or (113937, DCM, \"AAPM 204 Effective Diameter Estimated From Patient Age\"); units EV (mm, UCUM, \"mm\")"""

    dw_conversion_factor_coefficients: list[Num] = field(
        default_factory=no_items, metadata={"row": "34a"}
    )
    """Row 34a: NUM EV (113991, DCM, \"Dw Conversion Factor Coefficients\"), VM 2, UC: IFF value of Row 31 = (113988, DCM, \"Estimated from Water Equivalent Diameter\") or (113989, DCM, \"Arithmetic Average of SSDE(z)\"); units EV (mm, UCUM, \"mm\")"""

    series_or_instance_used_for_water_equivalent_diameter_estimation: list[str] = field(
        default_factory=no_items, metadata={"row": "34b"}
    )
    """Row 34b: UIDREF EV (113985, DCM, \"Series or Instance used for Water Equivalent Diameter estimation\"), VM 1-n, U"""

    water_equivalent_diameter: (
        CTIrradiationEventDataCtDoseSizeSpecificDoseEstimateWaterEquivalentDiameter | None
    ) = field(default=None, metadata={"row": "34c"})
    """Row 34c: NUM EV (113980, DCM, \"Water Equivalent Diameter\"), VM 1, MC: IF value of Row 31 = (113988, DCM, \"Estimated from Water Equivalent Diameter\") or (113989, DCM, \"Arithmetic Average of SSDE(z)\"); units EV (mm, UCUM, \"mm\")"""

    size_specific_dose_estimate_at_longitudinal_position_z: list[
        CTIrradiationEventDataCtDoseSizeSpecificDoseEstimateSizeSpecificDoseEstimateAtLongitudinalPositionZ
    ] = field(default_factory=no_items, metadata={"row": "34f"})
    """Row 34f: NUM EV (113993, DCM, \"Size Specific Dose Estimate At Longitudinal Position Z\"), VM 1-n, MC: IF value of Row 31 = (113989, DCM, \"Arithmetic Average of SSDE(z)\"); units EV (mGy, UCUM, \"mGy\")"""


@dataclass(kw_only=True)
class CTIrradiationEventDataCtDoseSizeSpecificDoseEstimateWaterEquivalentDiameter(TemplatePart):
    """Row 34c of TID 10013."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "34c"

    value: Num
    """The value of row 34c (NUM)."""

    measurement_method: groups.Cid10024Code = field(metadata={"row": "34d"})
    """Row 34d: CODE EV (370129005, SCT, \"Measurement Method\"), VM 1, M; values DCID 10024"""

    longitudinal_position_z: Num | None = field(default=None, metadata={"row": "34e"})
    """Row 34e: NUM EV (113994, DCM, \"Longitudinal Position Z\"), VM 1, MC: IF value of Row 34d = (113981, DCM, \"Water Equivalent Diameter Representative Value\"); units EV (mm, UCUM, \"mm\")"""


@dataclass(kw_only=True)
class CTIrradiationEventDataCtDoseSizeSpecificDoseEstimateSizeSpecificDoseEstimateAtLongitudinalPositionZ(
    TemplatePart
):
    """Row 34f of TID 10013."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "34f"

    value: Num
    """The value of row 34f (NUM)."""

    longitudinal_position_z: Num = field(metadata={"row": "34g"})
    """Row 34g: NUM EV (113994, DCM, \"Longitudinal Position Z\"), VM 1, M; units EV (mm, UCUM, \"mm\")"""

    water_equivalent_diameter_at_longitudinal_position_z: Num = field(metadata={"row": "34h"})
    """Row 34h: NUM EV (113995, DCM, \"Water Equivalent Diameter At Longitudinal Position Z\"), VM 1, M; units EV (mm, UCUM, \"mm\")"""
