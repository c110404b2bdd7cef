"""TID 10002 Accumulated X-Ray Dose.

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
    from dicomodel.templates import tid400, tid1021, tid10004, tid10005, tid10006, tid10007

__all__ = [
    "TEMPLATE",
    "AccumulatedXRayDose",
    "AccumulatedXRayDoseCalibration",
    "AccumulatedXRayDoseEquipmentLandmark",
    "AccumulatedXRayDosePatientLocationFiducial",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10002",
    name="Accumulated X-Ray Dose",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "113702", "Accumulated X-Ray Dose Data"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "113764", "Acquisition Plane"),
            values=(("parameter", "$Plane"),),
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
            values=(("cid", "D", "10010"),),
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
            include="10004",
            condition='IFF TID 10001 Row 4 = (113957, DCM, "Fluoroscopy-Guided Projection Radiography System") or TID 10001 Row 2 = (113704, DCM, "Projection X-Ray") and TID 10001 Row 4 is absent)',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: TID 10001 Row 4 = §0 or TID 10001 Row 2 = §1 and TID 10001 Row 4 is absent)",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: TID 10001 Row 4 = §0 or TID 10001 Row 2 = §1 and TID 10001 Row 4 is absent)",
                ),
            ),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="10005",
            condition='IFF TID 10001 Row 2 = (71651007, SCT, "Mammography")',
            condition_status="undecidable",
            required_if=("unknown", "a row of another template: TID 10001 Row 2 = §0"),
            forbidden_if=("not", ("unknown", "a row of another template: TID 10001 Row 2 = §0")),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="10007",
            condition='IFF TID 10001 Row 4 = (113958, DCM, "Integrated Projection Radiography System") or TID (10001) Row 4 = (113957, DCM, "Fluoroscopy-Guided Projection Radiography System") or TID (10001) Row 2 = (113704, DCM, "Projection X-Ray") and TID (10001) Row 4 is absent)',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: TID 10001 Row 4 = §0 or TID (10001) Row 4 = §1 or TID (10001) Row 2 = §2 and TID (10001) Row 4 is absent)",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: TID 10001 Row 4 = §0 or TID (10001) Row 4 = §1 or TID (10001) Row 2 = §2 and TID (10001) Row 4 is absent)",
                ),
            ),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="10006",
            condition='IFF TID 10001 Row 4 = (113959, DCM, "Cassette-based Projection Radiography System")',
            condition_status="undecidable",
            required_if=("unknown", "a row of another template: TID 10001 Row 4 = §0"),
            forbidden_if=("not", ("unknown", "a row of another template: TID 10001 Row 4 = §0")),
        ),
        RowDef(
            key="14",
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
            key="15",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "128750", "Equipment Landmark"),
            values=(("code", "EV", "128751", "DCM", "Center of Table Head"),),
        ),
        RowDef(
            key="16",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "128752", "Equipment Landmark X Position"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="17",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "128753", "Equipment Landmark Z Position"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "128754", "Patient Location Fiducial"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="19",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="400",
        ),
        RowDef(
            key="20",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "128756", "Equipment Landmark to Patient Fiducial Z Distance"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
    ),
)


@dataclass(kw_only=True)
class AccumulatedXRayDose(TemplatePart):
    """TID 10002 Accumulated X-Ray Dose."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    acquisition_plane: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (113764, DCM, \"Acquisition Plane\"), VM 1, M; values $Plane"""

    calibration: list[AccumulatedXRayDoseCalibration] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CONTAINER EV (122505, DCM, \"Calibration\"), VM 1-n, MC: IFF Calibration Data is available"""

    accumulated_fluoroscopy_and_acquisition_projection_x_ray_dose: (
        tid10004.AccumulatedFluoroscopyAndAcquisitionProjectionXRayDose | None
    ) = field(default=None, metadata={"row": "10"})
    """Row 10: INCLUDE DTID 10004, VM 1, MC: IFF TID 10001 Row 4 = (113957, DCM, \"Fluoroscopy-Guided Projection Radiography System\") or TID 10001 Row 2 = (113704, DCM, \"Projection X-Ray\") and TID 10001 Row 4 is absent)"""

    accumulated_mammography_x_ray_dose: tid10005.AccumulatedMammographyXRayDose | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 10005, VM 1, MC: IFF TID 10001 Row 2 = (71651007, SCT, \"Mammography\")"""

    accumulated_total_projection_radiography_dose: (
        tid10007.AccumulatedTotalProjectionRadiographyDose | None
    ) = field(default=None, metadata={"row": "12"})
    """Row 12: INCLUDE DTID 10007, VM 1, MC: IFF TID 10001 Row 4 = (113958, DCM, \"Integrated Projection Radiography System\") or TID (10001) Row 4 = (113957, DCM, \"Fluoroscopy-Guided Projection Radiography System\") or TID (10001) Row 2 = (113704, DCM, \"Projection X-Ray\") and TID (10001) Row 4 is absent)"""

    accumulated_cassette_based_projection_radiography_dose: (
        tid10006.AccumulatedCassetteBasedProjectionRadiographyDose | None
    ) = field(default=None, metadata={"row": "13"})
    """Row 13: INCLUDE DTID 10006, VM 1, MC: IFF TID 10001 Row 4 = (113959, DCM, \"Cassette-based Projection Radiography System\")"""

    device_participant: tid1021.DeviceParticipant | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 1021, VM 1, MC: Required if the irradiating device is not the recording device and the dose was accumulated on a single device."""

    equipment_landmark: AccumulatedXRayDoseEquipmentLandmark | None = field(
        default=None, metadata={"row": "15"}
    )
    """Row 15: CODE EV (128750, DCM, \"Equipment Landmark\"), VM 1, U; values EV (128751, DCM, \"Center of Table Head\")"""

    patient_location_fiducial: list[AccumulatedXRayDosePatientLocationFiducial] = field(
        default_factory=no_items, metadata={"row": "18"}
    )
    """Row 18: CONTAINER EV (128754, DCM, \"Patient Location Fiducial\"), VM 1-n, U"""


@dataclass(kw_only=True)
class AccumulatedXRayDoseCalibration(TemplatePart):
    """Row 3 of TID 10002."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    dose_measurement_device: groups.Cid10010Code = field(metadata={"row": "4"})
    """Row 4: CODE EV (113794, DCM, \"Dose Measurement Device\"), VM 1, M; values DCID 10010"""

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
class AccumulatedXRayDoseEquipmentLandmark(TemplatePart):
    """Row 15 of TID 10002."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "15"

    value: Code
    """The value of row 15 (CODE)."""

    equipment_landmark_x_position: Num = field(metadata={"row": "16"})
    """Row 16: NUM EV (128752, DCM, \"Equipment Landmark X Position\"), VM 1, M; units EV (mm, UCUM, \"mm\")"""

    equipment_landmark_z_position: Num = field(metadata={"row": "17"})
    """Row 17: NUM EV (128753, DCM, \"Equipment Landmark Z Position\"), VM 1, M; units EV (mm, UCUM, \"mm\")"""


@dataclass(kw_only=True)
class AccumulatedXRayDosePatientLocationFiducial(TemplatePart):
    """Row 18 of TID 10002."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "18"

    reference_location: tid400.ReferenceLocation = field(metadata={"row": "19"})
    """Row 19: INCLUDE DTID 400, VM 1, M"""

    equipment_landmark_to_patient_fiducial_z_distance: Num = field(metadata={"row": "20"})
    """Row 20: NUM EV (128756, DCM, \"Equipment Landmark to Patient Fiducial Z Distance\"), VM 1, M; units EV (mm, UCUM, \"mm\")"""
