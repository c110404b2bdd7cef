"""TID 10003 Irradiation Event X-Ray Data.

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
    from dicomodel.templates import tid1020, tid4007, tid10003a, tid10003b, tid10003c

__all__ = [
    "TEMPLATE",
    "IrradiationEventXRayData",
    "IrradiationEventXRayDataIrradiationEventLabel",
    "IrradiationEventXRayDataIsRepeatedAcquisition",
    "IrradiationEventXRayDataIsRejectedAcquisition",
    "IrradiationEventXRayDataImageView",
    "IrradiationEventXRayDataPatientOrientation",
    "IrradiationEventXRayDataTargetRegion",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10003",
    name="Irradiation Event X-Ray Data",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "113706", "Irradiation Event X-Ray Data"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "113764", "Acquisition Plane"),
            values=(("cid", "D", "10003"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="UIDREF",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113769", "Irradiation Event UID"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113605", "Irradiation Event Label"),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "113606", "Label Type"),
            condition="IF the value of Row 4 is the value of an Attribute in the images.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: value of Row 4 is the value of an Attribute in the images",
            ),
            values=(("cid", "D", "10022"),),
        ),
        RowDef(
            key="5a",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "128551", "Is Repeated Acquisition"),
            values=(("cid", "D", "231"),),
        ),
        RowDef(
            key="5b",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "128552", "Reason for Repeating Acquisition"),
            condition='IFF value of Row 5a = (373066001, SCT, "Yes")',
            condition_status="parsed",
            required_if=("row_code", "5a", (("373066001", "SCT"),)),
            forbidden_if=("not", ("row_code", "5a", (("373066001", "SCT"),))),
            values=(("cid", "D", "10034"), ("cid", "D", "7011")),
        ),
        RowDef(
            key="5c",
            nesting=2,
            value_type="UIDREF",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "113769", "Irradiation Event UID"),
            condition='IFF value of Row 5a = (373066001, SCT, "Yes")',
            condition_status="parsed",
            required_if=("row_code", "5a", (("373066001", "SCT"),)),
            forbidden_if=("not", ("row_code", "5a", (("373066001", "SCT"),))),
        ),
        RowDef(
            key="5d",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130503", "Is Rejected Acquisition"),
            values=(("cid", "D", "231"),),
        ),
        RowDef(
            key="5e",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "130504", "Reason for Rejecting Acquisition"),
            condition='IFF value of Row 5d = (373066001, SCT, "Yes")',
            condition_status="parsed",
            required_if=("row_code", "5d", (("373066001", "SCT"),)),
            forbidden_if=("not", ("row_code", "5d", (("373066001", "SCT"),))),
            values=(("cid", "D", "10034"), ("cid", "D", "7011")),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111526", "DateTime Started"),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113721", "Irradiation Event Type"),
            values=(("cid", "D", "10002"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "125203", "Acquisition Protocol"),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111031", "Image View"),
            values=(("cid", "D", "4010"), ("cid", "D", "4014")),
        ),
        RowDef(
            key="12",
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
            key="13",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113946", "Projection Eponymous Name"),
            values=(("cid", "D", "4012"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113745", "Patient Table Relationship"),
            values=(("cid", "D", "21"),),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113743", "Patient Orientation"),
            values=(("cid", "D", "19"),),
        ),
        RowDef(
            key="16",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "113744", "Patient Orientation Modifier"),
            values=(("cid", "D", "20"),),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "123014", "Target Region"),
            values=(("cid", "D", "4031"),),
        ),
        RowDef(
            key="17b",
            nesting=2,
            value_type="CODE",
            requirement="UC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            condition="If anatomy is bi-lateral",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: If anatomy is bi-lateral"),
            values=(("cid", "D", "244"),),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "122130", "Dose Area Product"),
            condition='IFF TID 10001 Row 2 = (113704, DCM, "Projection X-Ray")',
            condition_status="undecidable",
            required_if=("unknown", "a row of another template: TID 10001 Row 2 = §0"),
            forbidden_if=("not", ("unknown", "a row of another template: TID 10001 Row 2 = §0")),
            units=(("code", "EV", "Gy.m2", "UCUM", "Gy.m2"),),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111634", "Half Value Layer"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111638", "Patient Equivalent Thickness"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "111636", "Entrance Exposure at RP"),
            condition='IFF (TID 10001 Row 2 = (71651007, SCT, "Mammography")) AND IF ( (TID 10001 Row 9 is absent or value is (373066001, SCT, "Yes")) AND (TID 10001 Row 10 is absent or value is (373066001, SCT, "Yes")) )',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: (TID 10001 Row 2 = §0) and ( (TID 10001 Row 9 is absent or value is §1) AND (TID 10001 Row 10 is absent or value is §2) )",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: (TID 10001 Row 2 = §0) and ( (TID 10001 Row 9 is absent or value is §1) AND (TID 10001 Row 10 is absent or value is §2) )",
                ),
            ),
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="22",
            nesting=1,
            value_type="TEXT",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113780", "Reference Point Definition"),
            condition="IFF Row 21 is present\nXOR Row 23",
            condition_status="parsed",
            required_if=("and", ("row_present", "21"), ("not", ("row_present", "23"))),
            forbidden_if=("or", ("not", ("row_present", "21")), ("row_present", "23")),
        ),
        RowDef(
            key="23",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113780", "Reference Point Definition"),
            condition="IFF Row 21 is present\nXOR Row 22",
            condition_status="parsed",
            required_if=("and", ("row_present", "21"), ("not", ("row_present", "22"))),
            forbidden_if=("or", ("not", ("row_present", "21")), ("row_present", "22")),
            values=(("cid", "D", "10025"),),
        ),
        RowDef(
            key="24",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="4007",
        ),
        RowDef(
            key="25",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
        RowDef(
            key="26",
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
            key="27",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="10003A",
            condition='IFF TID 10001 Row 8 is absent or has a value of (373066001, SCT, "Yes")',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: TID 10001 Row 8 is absent or has a value of §0",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: TID 10001 Row 8 is absent or has a value of §0",
                ),
            ),
        ),
        RowDef(
            key="28",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="10003B",
            condition='IFF TID 10001 Row 9 is absent or has a value of (373066001, SCT, "Yes")',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: TID 10001 Row 9 is absent or has a value of §0",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: TID 10001 Row 9 is absent or has a value of §0",
                ),
            ),
        ),
        RowDef(
            key="29",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="10003C",
            condition='IFF TID 10001 Row 10 is absent or has a value of (373066001, SCT, "Yes")',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: TID 10001 Row 10 is absent or has a value of §0",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: TID 10001 Row 10 is absent or has a value of §0",
                ),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class IrradiationEventXRayData(TemplatePart):
    """TID 10003 Irradiation Event X-Ray Data."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    acquisition_plane: groups.Cid10003Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (113764, DCM, \"Acquisition Plane\"), VM 1, M; values DCID 10003"""

    irradiation_event_uid: str = field(metadata={"row": "3"})
    """Row 3: UIDREF EV (113769, DCM, \"Irradiation Event UID\"), VM 1, M"""

    irradiation_event_label: IrradiationEventXRayDataIrradiationEventLabel | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: TEXT EV (113605, DCM, \"Irradiation Event Label\"), VM 1, U"""

    is_repeated_acquisition: IrradiationEventXRayDataIsRepeatedAcquisition | None = field(
        default=None, metadata={"row": "5a"}
    )
    """Row 5a: CODE EV (128551, DCM, \"Is Repeated Acquisition\"), VM 1, U; values DCID 231"""

    is_rejected_acquisition: IrradiationEventXRayDataIsRejectedAcquisition | None = field(
        default=None, metadata={"row": "5d"}
    )
    """Row 5d: CODE EV (130503, DCM, \"Is Rejected Acquisition\"), VM 1, U; values DCID 231"""

    datetime_started: str = field(metadata={"row": "6"})
    """Row 6: DATETIME DT (111526, DCM, \"DateTime Started\"), VM 1, M"""

    irradiation_event_type: groups.Cid10002Code = field(metadata={"row": "7"})
    """Row 7: CODE EV (113721, DCM, \"Irradiation Event Type\"), VM 1, M; values DCID 10002"""

    acquisition_protocol: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: TEXT EV (125203, DCM, \"Acquisition Protocol\"), VM 1, U"""

    image_view: IrradiationEventXRayDataImageView | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: CODE EV (111031, DCM, \"Image View\"), VM 1, U; values DCID 4010, DCID 4014"""

    patient_table_relationship: groups.Cid21Code | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: CODE EV (113745, DCM, \"Patient Table Relationship\"), VM 1, U; values DCID 21"""

    patient_orientation: IrradiationEventXRayDataPatientOrientation | None = field(
        default=None, metadata={"row": "15"}
    )
    """Row 15: CODE EV (113743, DCM, \"Patient Orientation\"), VM 1, U; values DCID 19"""

    target_region: IrradiationEventXRayDataTargetRegion = field(metadata={"row": "17"})
    """Row 17: CODE EV (123014, DCM, \"Target Region\"), VM 1, M; values DCID 4031"""

    dose_area_product: Num | None = field(default=None, metadata={"row": "18"})
    """Row 18: NUM EV (122130, DCM, \"Dose Area Product\"), VM 1, MC: IFF TID 10001 Row 2 = (113704, DCM, \"Projection X-Ray\"); units EV (Gy.m2, UCUM, \"Gy.m2\")"""

    half_value_layer: Num | None = field(default=None, metadata={"row": "19"})
    """Row 19: NUM EV (111634, DCM, \"Half Value Layer\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    patient_equivalent_thickness: Num | None = field(default=None, metadata={"row": "20"})
    """Row 20: NUM EV (111638, DCM, \"Patient Equivalent Thickness\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    entrance_exposure_at_rp: Num | None = field(default=None, metadata={"row": "21"})
    """Row 21: NUM EV (111636, DCM, \"Entrance Exposure at RP\"), VM 1, MC: IFF (TID 10001 Row 2 = (71651007, SCT, \"Mammography\")) AND IF ( (TID 10001 Row 9 is absent or value is (373066001, SCT, \"Yes\")) AND (TID 10001 Row 10 is absent or value is (373066001, SCT, \"Yes\")) ); units EV (mGy, UCUM, \"mGy\")"""

    reference_point_definition: str | None = field(default=None, metadata={"row": "22"})
    """Row 22: TEXT EV (113780, DCM, \"Reference Point Definition\"), VM 1, MC: IFF Row 21 is present XOR Row 23"""

    reference_point_definition_row_23: groups.Cid10025Code | None = field(
        default=None, metadata={"row": "23"}
    )
    """Row 23: CODE EV (113780, DCM, \"Reference Point Definition\"), VM 1, MC: IFF Row 21 is present XOR Row 22; values DCID 10025"""

    mammography_cad_breast_composition: tid4007.MammographyCADBreastComposition | None = field(
        default=None, metadata={"row": "24"}
    )
    """Row 24: INCLUDE DTID 4007, VM 1, U"""

    comment: str | None = field(default=None, metadata={"row": "25"})
    """Row 25: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""

    person_participant: list[tid1020.PersonParticipant] = field(
        default_factory=no_items, metadata={"row": "26"}
    )
    """Row 26: INCLUDE DTID 1020, VM 1-n, U"""

    irradiation_event_x_ray_detector_data: tid10003a.IrradiationEventXRayDetectorData | None = (
        field(default=None, metadata={"row": "27"})
    )
    """Row 27: INCLUDE DTID 10003A, VM 1, MC: IFF TID 10001 Row 8 is absent or has a value of (373066001, SCT, \"Yes\")"""

    irradiation_event_x_ray_source_data: tid10003b.IrradiationEventXRaySourceData | None = field(
        default=None, metadata={"row": "28"}
    )
    """Row 28: INCLUDE DTID 10003B, VM 1, MC: IFF TID 10001 Row 9 is absent or has a value of (373066001, SCT, \"Yes\")"""

    irradiation_event_x_ray_mechanical_data: tid10003c.IrradiationEventXRayMechanicalData | None = (
        field(default=None, metadata={"row": "29"})
    )
    """Row 29: INCLUDE DTID 10003C, VM 1, MC: IFF TID 10001 Row 10 is absent or has a value of (373066001, SCT, \"Yes\")"""


@dataclass(kw_only=True)
class IrradiationEventXRayDataIrradiationEventLabel(TemplatePart):
    """Row 4 of TID 10003."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: str
    """The value of row 4 (TEXT)."""

    label_type: groups.Cid10022Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (113606, DCM, \"Label Type\"), VM 1, MC: IF the value of Row 4 is the value of an Attribute in the images.; values DCID 10022"""


@dataclass(kw_only=True)
class IrradiationEventXRayDataIsRepeatedAcquisition(TemplatePart):
    """Row 5a of TID 10003."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5a"

    value: groups.Cid231Code
    """The value of row 5a (CODE)."""

    reason_for_repeating_acquisition: groups.Cid10034Code | groups.Cid7011Code | None = field(
        default=None, metadata={"row": "5b"}
    )
    """Row 5b: CODE EV (128552, DCM, \"Reason for Repeating Acquisition\"), VM 1, MC: IFF value of Row 5a = (373066001, SCT, \"Yes\"); values DCID 10034, DCID 7011"""

    irradiation_event_uid: str | None = field(default=None, metadata={"row": "5c"})
    """Row 5c: UIDREF EV (113769, DCM, \"Irradiation Event UID\"), VM 1, UC: IFF value of Row 5a = (373066001, SCT, \"Yes\")"""


@dataclass(kw_only=True)
class IrradiationEventXRayDataIsRejectedAcquisition(TemplatePart):
    """Row 5d of TID 10003."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5d"

    value: groups.Cid231Code
    """The value of row 5d (CODE)."""

    reason_for_rejecting_acquisition: groups.Cid10034Code | groups.Cid7011Code | None = field(
        default=None, metadata={"row": "5e"}
    )
    """Row 5e: CODE EV (130504, DCM, \"Reason for Rejecting Acquisition\"), VM 1, MC: IFF value of Row 5d = (373066001, SCT, \"Yes\"); values DCID 10034, DCID 7011"""


@dataclass(kw_only=True)
class IrradiationEventXRayDataImageView(TemplatePart):
    """Row 11 of TID 10003."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "11"

    value: groups.Cid4010Code | groups.Cid4014Code
    """The value of row 11 (CODE)."""

    image_view_modifier: list[groups.Cid4011Code | groups.Cid4015Code] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: CODE EV (111032, DCM, \"Image View Modifier\"), VM 1-n, U; values DCID 4011, DCID 4015"""

    projection_eponymous_name: groups.Cid4012Code | None = field(
        default=None, metadata={"row": "13"}
    )
    """Row 13: CODE EV (113946, DCM, \"Projection Eponymous Name\"), VM 1, U; values DCID 4012"""


@dataclass(kw_only=True)
class IrradiationEventXRayDataPatientOrientation(TemplatePart):
    """Row 15 of TID 10003."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "15"

    value: groups.Cid19Code
    """The value of row 15 (CODE)."""

    patient_orientation_modifier: groups.Cid20Code = field(metadata={"row": "16"})
    """Row 16: CODE EV (113744, DCM, \"Patient Orientation Modifier\"), VM 1, M; values DCID 20"""


@dataclass(kw_only=True)
class IrradiationEventXRayDataTargetRegion(TemplatePart):
    """Row 17 of TID 10003."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "17"

    value: groups.Cid4031Code
    """The value of row 17 (CODE)."""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "17b"})
    """Row 17b: CODE EV (272741003, SCT, \"Laterality\"), VM 1, UC: If anatomy is bi-lateral; values DCID 244"""
