"""TID 10033 Radiation Dose Estimate Methodology.

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
    from dicomodel.templates import tid10034

__all__ = [
    "TEMPLATE",
    "RadiationDoseEstimateMethodology",
    "RadiationDoseEstimateMethodologySrInstanceUsed",
    "RadiationDoseEstimateMethodologyPatientRadiationDoseModel",
    "RadiationDoseEstimateMethodologyPatientRadiationDoseModelPatientModelDemographics",
    "RadiationDoseEstimateMethodologyPatientRadiationDoseModelPatientModelRegistration",
    "RadiationDoseEstimateMethodologyXRayBeamAttenuator",
    "RadiationDoseEstimateMethodologyXRayBeamAttenuatorXRayBeamAttenuatorModel",
    "RadiationDoseEstimateMethodologyXRayBeamAttenuatorXRayBeamAttenuatorModelRegistration",
    "RadiationDoseEstimateMethodologyRadiationDoseEstimateMethod",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10033",
    name="Radiation Dose Estimate Methodology",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "128415", "Radiation Dose Estimate Methodology"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="COMPOSITE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "128416", "SR Instance Used"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="COMPOSITE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "128447", "Spatial Fiducials"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="UIDREF",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "128429", "Event UID Used"),
            vm_min=1,
            vm_max=None,
            condition="IFF some Events in the Structured Report were not used in calculating the dose.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF some Events in the Structured Report were not used in calculating the dose",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF some Events in the Structured Report were not used in calculating the dose",
                ),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "128500", "Patient Radiation Dose Model"),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "128417", "Patient Model Type"),
            values=(("cid", "D", "10064"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "128420", "Radiation Transport Model Type"),
            values=(("cid", "D", "10065"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="IMAGE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "128425", "Patient Radiation Dose Model Data"),
            condition="XOR Rows 9, 10",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "9"), ("row_present", "10"))),
            forbidden_if=("or", ("row_present", "9"), ("row_present", "10")),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="COMPOSITE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "128425", "Patient Radiation Dose Model Data"),
            condition="XOR Rows 8, 10",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "8"), ("row_present", "10"))),
            forbidden_if=("or", ("row_present", "8"), ("row_present", "10")),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="UIDREF",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "128425", "Patient Radiation Dose Model Data"),
            condition="XOR Rows 8, 9",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "8"), ("row_present", "9"))),
            forbidden_if=("or", ("row_present", "8"), ("row_present", "9")),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "128426", "Patient Radiation Dose Model Reference"),
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "128427", "Patient Model Demographics"),
        ),
        RowDef(
            key="14",
            nesting=3,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128428", "Model Minimum Age"),
            condition="IF model requires minimum age to be defined",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF model requires minimum age to be defined",
            ),
            values=(("cid", "D", "7456"),),
        ),
        RowDef(
            key="15",
            nesting=3,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128430", "Model Maximum Age"),
            condition="IF model requires maximum age to be defined",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF model requires maximum age to be defined",
            ),
            values=(("cid", "D", "7456"),),
        ),
        RowDef(
            key="16",
            nesting=3,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128437", "Model Patient Sex"),
            condition="IF model requires sex to be defined.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF model requires sex to be defined",
            ),
            values=(("cid", "D", "7455"),),
        ),
        RowDef(
            key="17",
            nesting=3,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128438", "Model Minimum Weight"),
            condition="IF model requires minimum weight to be defined",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF model requires minimum weight to be defined",
            ),
            units=(("code", "EV", "kg", "UCUM", "kg"),),
        ),
        RowDef(
            key="18",
            nesting=3,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128441", "Model Maximum Weight"),
            condition="IF model requires maximum weight to be defined",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF model requires maximum weight to be defined",
            ),
            units=(("code", "EV", "kg", "UCUM", "kg"),),
        ),
        RowDef(
            key="19",
            nesting=3,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128439", "Model Minimum Height"),
            condition="IF model requires minimum height to be defined",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF model requires minimum height to be defined",
            ),
            units=(("code", "EV", "cm", "UCUM", "cm"),),
        ),
        RowDef(
            key="20",
            nesting=3,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128442", "Model Maximum Height"),
            condition="IF model requires maximum height to be defined",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF model requires maximum height to be defined",
            ),
            units=(("code", "EV", "cm", "UCUM", "cm"),),
        ),
        RowDef(
            key="21",
            nesting=2,
            value_type="CONTAINER",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "128456", "Patient Model Registration"),
            vm_min=1,
            vm_max=None,
            condition="IF spatial information used from Radiation Dose SR or Patient Radiation Dose Model",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF spatial information used from Radiation Dose SR or Patient Radiation Dose Model",
            ),
        ),
        RowDef(
            key="22",
            nesting=3,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
        RowDef(
            key="23",
            nesting=3,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "128446", "Registration Method"),
            values=(("cid", "D", "7100"),),
        ),
        RowDef(
            key="24",
            nesting=3,
            value_type="COMPOSITE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128444", "Spatial Registration Reference"),
            condition="IFF Rows 8, 9 or 10 are present and Frame of Reference is defined",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF Rows 8, 9 or 10 are present and Frame of Reference is defined",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF Rows 8, 9 or 10 are present and Frame of Reference is defined",
                ),
            ),
        ),
        RowDef(
            key="25",
            nesting=1,
            value_type="CONTAINER",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128457", "X-Ray Beam Attenuator"),
            vm_min=1,
            vm_max=None,
            condition="IF attenuators used in estimation",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IF attenuators used in estimation"),
        ),
        RowDef(
            key="26",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "128458", "Attenuator Category"),
            values=(("cid", "D", "10066"),),
        ),
        RowDef(
            key="27",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "128465", "Equivalent Attenuator Material"),
            values=(("cid", "D", "10067"),),
        ),
        RowDef(
            key="28",
            nesting=2,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128469", "Equivalent Attenuator Thickness"),
            condition="IF the attenuator is of uniform thickness",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF the attenuator is of uniform thickness",
            ),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="29",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "128468", "Attenuator Description"),
        ),
        RowDef(
            key="30",
            nesting=2,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "128472", "X-Ray Beam Attenuator Model"),
        ),
        RowDef(
            key="31",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "128420", "Radiation Transport Model Type"),
            values=(("cid", "D", "10065"),),
        ),
        RowDef(
            key="32",
            nesting=3,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "128474", "X-Ray Beam Attenuator Model Reference"),
        ),
        RowDef(
            key="33",
            nesting=3,
            value_type="IMAGE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "128470", "X-Ray Attenuator Model Data"),
            condition="XOR Rows 34, 35",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "34"), ("row_present", "35"))),
            forbidden_if=("or", ("row_present", "34"), ("row_present", "35")),
        ),
        RowDef(
            key="34",
            nesting=3,
            value_type="COMPOSITE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "128470", "X-Ray Attenuator Model Data"),
            condition="XOR Rows 33, 35",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "33"), ("row_present", "35"))),
            forbidden_if=("or", ("row_present", "33"), ("row_present", "35")),
        ),
        RowDef(
            key="35",
            nesting=3,
            value_type="UIDREF",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "128470", "X-Ray Attenuator Model Data"),
            condition="XOR Rows 33, 34",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "33"), ("row_present", "34"))),
            forbidden_if=("or", ("row_present", "33"), ("row_present", "34")),
        ),
        RowDef(
            key="36",
            nesting=2,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "128475", "X-Ray Beam Attenuator Model Registration"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="37",
            nesting=3,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "128446", "Registration Method"),
            values=(("cid", "D", "7100"),),
        ),
        RowDef(
            key="38",
            nesting=3,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
        RowDef(
            key="39",
            nesting=3,
            value_type="COMPOSITE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128444", "Spatial Registration Reference"),
            condition="IFF Rows 33, 34 or 35 are present and Frame of Reference is defined",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF Rows 33, 34 or 35 are present and Frame of Reference is defined",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF Rows 33, 34 or 35 are present and Frame of Reference is defined",
                ),
            ),
        ),
        RowDef(
            key="40",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "128476", "Radiation Dose Estimate Method"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="41",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "128477", "Radiation Dose Estimate Method Type"),
            values=(("cid", "D", "10068"),),
        ),
        RowDef(
            key="42",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="10034",
        ),
        RowDef(
            key="43",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "128482", "Radiation Dose Estimate Method Reference"),
        ),
    ),
)


@dataclass(kw_only=True)
class RadiationDoseEstimateMethodology(TemplatePart):
    """TID 10033 Radiation Dose Estimate Methodology."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    sr_instance_used: list[RadiationDoseEstimateMethodologySrInstanceUsed] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: COMPOSITE EV (128416, DCM, \"SR Instance Used\"), VM 1-n, M"""

    patient_radiation_dose_model: RadiationDoseEstimateMethodologyPatientRadiationDoseModel = field(
        metadata={"row": "5"}
    )
    """Row 5: CONTAINER EV (128500, DCM, \"Patient Radiation Dose Model\"), VM 1, M"""

    x_ray_beam_attenuator: list[RadiationDoseEstimateMethodologyXRayBeamAttenuator] = field(
        default_factory=no_items, metadata={"row": "25"}
    )
    """Row 25: CONTAINER EV (128457, DCM, \"X-Ray Beam Attenuator\"), VM 1-n, MC: IF attenuators used in estimation"""

    radiation_dose_estimate_method: list[
        RadiationDoseEstimateMethodologyRadiationDoseEstimateMethod
    ] = field(default_factory=no_items, metadata={"row": "40"})
    """Row 40: CONTAINER EV (128476, DCM, \"Radiation Dose Estimate Method\"), VM 1-n, M"""


@dataclass(kw_only=True)
class RadiationDoseEstimateMethodologySrInstanceUsed(TemplatePart):
    """Row 2 of TID 10033."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: Reference
    """The value of row 2 (COMPOSITE)."""

    spatial_fiducials: list[Reference] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: COMPOSITE EV (128447, DCM, \"Spatial Fiducials\"), VM 1-n, U"""

    event_uid_used: list[str] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: UIDREF EV (128429, DCM, \"Event UID Used\"), VM 1-n, MC: IFF some Events in the Structured Report were not used in calculating the dose."""


@dataclass(kw_only=True)
class RadiationDoseEstimateMethodologyPatientRadiationDoseModel(TemplatePart):
    """Row 5 of TID 10033."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    patient_model_type: groups.Cid10064Code = field(metadata={"row": "6"})
    """Row 6: CODE EV (128417, DCM, \"Patient Model Type\"), VM 1, M; values DCID 10064"""

    radiation_transport_model_type: groups.Cid10065Code = field(metadata={"row": "7"})
    """Row 7: CODE EV (128420, DCM, \"Radiation Transport Model Type\"), VM 1, M; values DCID 10065"""

    patient_radiation_dose_model_data: Reference | None = field(default=None, metadata={"row": "8"})
    """Row 8: IMAGE EV (128425, DCM, \"Patient Radiation Dose Model Data\"), VM 1, UC: XOR Rows 9, 10"""

    patient_radiation_dose_model_data_row_9: Reference | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: COMPOSITE EV (128425, DCM, \"Patient Radiation Dose Model Data\"), VM 1, UC: XOR Rows 8, 10"""

    patient_radiation_dose_model_data_row_10: str | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: UIDREF EV (128425, DCM, \"Patient Radiation Dose Model Data\"), VM 1, UC: XOR Rows 8, 9"""

    patient_radiation_dose_model_reference: str | None = field(default=None, metadata={"row": "11"})
    """Row 11: TEXT EV (128426, DCM, \"Patient Radiation Dose Model Reference\"), VM 1, U"""

    comment: str | None = field(default=None, metadata={"row": "12"})
    """Row 12: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""

    patient_model_demographics: RadiationDoseEstimateMethodologyPatientRadiationDoseModelPatientModelDemographics = field(
        metadata={"row": "13"}
    )
    """Row 13: CONTAINER EV (128427, DCM, \"Patient Model Demographics\"), VM 1, M"""

    patient_model_registration: list[
        RadiationDoseEstimateMethodologyPatientRadiationDoseModelPatientModelRegistration
    ] = field(default_factory=no_items, metadata={"row": "21"})
    """Row 21: CONTAINER EV (128456, DCM, \"Patient Model Registration\"), VM 1-n, UC: IF spatial information used from Radiation Dose SR or Patient Radiation Dose Model"""


@dataclass(kw_only=True)
class RadiationDoseEstimateMethodologyPatientRadiationDoseModelPatientModelDemographics(
    TemplatePart
):
    """Row 13 of TID 10033."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "13"

    model_minimum_age: Num | None = field(default=None, metadata={"row": "14"})
    """Row 14: NUM EV (128428, DCM, \"Model Minimum Age\"), VM 1, MC: IF model requires minimum age to be defined; values DCID 7456"""

    model_maximum_age: Num | None = field(default=None, metadata={"row": "15"})
    """Row 15: NUM EV (128430, DCM, \"Model Maximum Age\"), VM 1, MC: IF model requires maximum age to be defined; values DCID 7456"""

    model_patient_sex: groups.Cid7455Code | None = field(default=None, metadata={"row": "16"})
    """Row 16: CODE EV (128437, DCM, \"Model Patient Sex\"), VM 1, MC: IF model requires sex to be defined.; values DCID 7455"""

    model_minimum_weight: Num | None = field(default=None, metadata={"row": "17"})
    """Row 17: NUM EV (128438, DCM, \"Model Minimum Weight\"), VM 1, MC: IF model requires minimum weight to be defined; units EV (kg, UCUM, \"kg\")"""

    model_maximum_weight: Num | None = field(default=None, metadata={"row": "18"})
    """Row 18: NUM EV (128441, DCM, \"Model Maximum Weight\"), VM 1, MC: IF model requires maximum weight to be defined; units EV (kg, UCUM, \"kg\")"""

    model_minimum_height: Num | None = field(default=None, metadata={"row": "19"})
    """Row 19: NUM EV (128439, DCM, \"Model Minimum Height\"), VM 1, MC: IF model requires minimum height to be defined; units EV (cm, UCUM, \"cm\")"""

    model_maximum_height: Num | None = field(default=None, metadata={"row": "20"})
    """Row 20: NUM EV (128442, DCM, \"Model Maximum Height\"), VM 1, MC: IF model requires maximum height to be defined; units EV (cm, UCUM, \"cm\")"""


@dataclass(kw_only=True)
class RadiationDoseEstimateMethodologyPatientRadiationDoseModelPatientModelRegistration(
    TemplatePart
):
    """Row 21 of TID 10033."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "21"

    comment: str | None = field(default=None, metadata={"row": "22"})
    """Row 22: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""

    registration_method: groups.Cid7100Code = field(metadata={"row": "23"})
    """Row 23: CODE EV (128446, DCM, \"Registration Method\"), VM 1, M; values DCID 7100"""

    spatial_registration_reference: Reference | None = field(default=None, metadata={"row": "24"})
    """Row 24: COMPOSITE EV (128444, DCM, \"Spatial Registration Reference\"), VM 1, MC: IFF Rows 8, 9 or 10 are present and Frame of Reference is defined"""


@dataclass(kw_only=True)
class RadiationDoseEstimateMethodologyXRayBeamAttenuator(TemplatePart):
    """Row 25 of TID 10033."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "25"

    attenuator_category: groups.Cid10066Code = field(metadata={"row": "26"})
    """Row 26: CODE EV (128458, DCM, \"Attenuator Category\"), VM 1, M; values DCID 10066"""

    equivalent_attenuator_material: groups.Cid10067Code = field(metadata={"row": "27"})
    """Row 27: CODE EV (128465, DCM, \"Equivalent Attenuator Material\"), VM 1, M; values DCID 10067"""

    equivalent_attenuator_thickness: Num | None = field(default=None, metadata={"row": "28"})
    """Row 28: NUM EV (128469, DCM, \"Equivalent Attenuator Thickness\"), VM 1, MC: IF the attenuator is of uniform thickness; units EV (mm, UCUM, \"mm\")"""

    attenuator_description: str | None = field(default=None, metadata={"row": "29"})
    """Row 29: TEXT EV (128468, DCM, \"Attenuator Description\"), VM 1, U"""

    x_ray_beam_attenuator_model: (
        RadiationDoseEstimateMethodologyXRayBeamAttenuatorXRayBeamAttenuatorModel | None
    ) = field(default=None, metadata={"row": "30"})
    """Row 30: CONTAINER EV (128472, DCM, \"X-Ray Beam Attenuator Model\"), VM 1, U"""

    x_ray_beam_attenuator_model_registration: list[
        RadiationDoseEstimateMethodologyXRayBeamAttenuatorXRayBeamAttenuatorModelRegistration
    ] = field(default_factory=no_items, metadata={"row": "36"})
    """Row 36: CONTAINER EV (128475, DCM, \"X-Ray Beam Attenuator Model Registration\"), VM 1-n, U"""


@dataclass(kw_only=True)
class RadiationDoseEstimateMethodologyXRayBeamAttenuatorXRayBeamAttenuatorModel(TemplatePart):
    """Row 30 of TID 10033."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "30"

    radiation_transport_model_type: groups.Cid10065Code | None = field(
        default=None, metadata={"row": "31"}
    )
    """Row 31: CODE EV (128420, DCM, \"Radiation Transport Model Type\"), VM 1, U; values DCID 10065"""

    x_ray_beam_attenuator_model_reference: str | None = field(default=None, metadata={"row": "32"})
    """Row 32: TEXT EV (128474, DCM, \"X-Ray Beam Attenuator Model Reference\"), VM 1, U"""

    x_ray_attenuator_model_data: Reference | None = field(default=None, metadata={"row": "33"})
    """Row 33: IMAGE EV (128470, DCM, \"X-Ray Attenuator Model Data\"), VM 1, UC: XOR Rows 34, 35"""

    x_ray_attenuator_model_data_row_34: Reference | None = field(
        default=None, metadata={"row": "34"}
    )
    """Row 34: COMPOSITE EV (128470, DCM, \"X-Ray Attenuator Model Data\"), VM 1, UC: XOR Rows 33, 35"""

    x_ray_attenuator_model_data_row_35: str | None = field(default=None, metadata={"row": "35"})
    """Row 35: UIDREF EV (128470, DCM, \"X-Ray Attenuator Model Data\"), VM 1, UC: XOR Rows 33, 34"""


@dataclass(kw_only=True)
class RadiationDoseEstimateMethodologyXRayBeamAttenuatorXRayBeamAttenuatorModelRegistration(
    TemplatePart
):
    """Row 36 of TID 10033."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "36"

    registration_method: groups.Cid7100Code = field(metadata={"row": "37"})
    """Row 37: CODE EV (128446, DCM, \"Registration Method\"), VM 1, M; values DCID 7100"""

    comment: str | None = field(default=None, metadata={"row": "38"})
    """Row 38: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""

    spatial_registration_reference: Reference | None = field(default=None, metadata={"row": "39"})
    """Row 39: COMPOSITE EV (128444, DCM, \"Spatial Registration Reference\"), VM 1, MC: IFF Rows 33, 34 or 35 are present and Frame of Reference is defined"""


@dataclass(kw_only=True)
class RadiationDoseEstimateMethodologyRadiationDoseEstimateMethod(TemplatePart):
    """Row 40 of TID 10033."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "40"

    radiation_dose_estimate_method_type: groups.Cid10068Code = field(metadata={"row": "41"})
    """Row 41: CODE EV (128477, DCM, \"Radiation Dose Estimate Method Type\"), VM 1, M; values DCID 10068"""

    radiation_dose_estimate_parameters: tid10034.RadiationDoseEstimateParameters | None = field(
        default=None, metadata={"row": "42"}
    )
    """Row 42: INCLUDE DTID 10034, VM 1, U"""

    radiation_dose_estimate_method_reference: str | None = field(
        default=None, metadata={"row": "43"}
    )
    """Row 43: TEXT EV (128482, DCM, \"Radiation Dose Estimate Method Reference\"), VM 1, U"""
