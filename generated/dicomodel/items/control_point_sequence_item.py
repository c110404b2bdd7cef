"""Item class ControlPointSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.beam_limiting_device_rotation_direction import (
        BeamLimitingDeviceRotationDirectionValue as _BeamLimitingDeviceRotationDirectionValue,
    )
    from dicomodel.enums.gantry_pitch_rotation_direction import (
        GantryPitchRotationDirectionValue as _GantryPitchRotationDirectionValue,
    )
    from dicomodel.enums.gantry_rotation_direction import (
        GantryRotationDirectionValue as _GantryRotationDirectionValue,
    )
    from dicomodel.enums.patient_support_rotation_direction import (
        PatientSupportRotationDirectionValue as _PatientSupportRotationDirectionValue,
    )
    from dicomodel.enums.table_top_eccentric_rotation_direction import (
        TableTopEccentricRotationDirectionValue as _TableTopEccentricRotationDirectionValue,
    )
    from dicomodel.enums.table_top_pitch_rotation_direction import (
        TableTopPitchRotationDirectionValue as _TableTopPitchRotationDirectionValue,
    )
    from dicomodel.enums.table_top_roll_rotation_direction import (
        TableTopRollRotationDirectionValue as _TableTopRollRotationDirectionValue,
    )
    from dicomodel.items.beam_limiting_device_position_sequence_item import (
        BeamLimitingDevicePositionSequenceItem as _BeamLimitingDevicePositionSequenceItem,
    )
    from dicomodel.items.referenced_dose_reference_sequence_item_rt_beams2 import (
        ReferencedDoseReferenceSequenceItemRTBeams2 as _ReferencedDoseReferenceSequenceItemRTBeams2,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as _RTBeamLimitingDeviceOpeningDefinitionItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
    from dicomodel.items.wedge_position_sequence_item_rt_beams import (
        WedgePositionSequenceItemRTBeams as _WedgePositionSequenceItemRTBeams,
    )
else:
    from dicomodel.lazy import Lazy

    _BeamLimitingDevicePositionSequenceItem = Lazy(
        "dicomodel.items.beam_limiting_device_position_sequence_item",
        "BeamLimitingDevicePositionSequenceItem",
    )
    _BeamLimitingDeviceRotationDirectionValue = Lazy(
        "dicomodel.enums.beam_limiting_device_rotation_direction",
        "BeamLimitingDeviceRotationDirectionValue",
    )
    _GantryPitchRotationDirectionValue = Lazy(
        "dicomodel.enums.gantry_pitch_rotation_direction", "GantryPitchRotationDirectionValue"
    )
    _GantryRotationDirectionValue = Lazy(
        "dicomodel.enums.gantry_rotation_direction", "GantryRotationDirectionValue"
    )
    _PatientSupportRotationDirectionValue = Lazy(
        "dicomodel.enums.patient_support_rotation_direction", "PatientSupportRotationDirectionValue"
    )
    _RTBeamLimitingDeviceOpeningDefinitionItem = Lazy(
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
    )
    _ReferencedDoseReferenceSequenceItemRTBeams2 = Lazy(
        "dicomodel.items.referenced_dose_reference_sequence_item_rt_beams2",
        "ReferencedDoseReferenceSequenceItemRTBeams2",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _TableTopEccentricRotationDirectionValue = Lazy(
        "dicomodel.enums.table_top_eccentric_rotation_direction",
        "TableTopEccentricRotationDirectionValue",
    )
    _TableTopPitchRotationDirectionValue = Lazy(
        "dicomodel.enums.table_top_pitch_rotation_direction", "TableTopPitchRotationDirectionValue"
    )
    _TableTopRollRotationDirectionValue = Lazy(
        "dicomodel.enums.table_top_roll_rotation_direction", "TableTopRollRotationDirectionValue"
    )
    _WedgePositionSequenceItemRTBeams = Lazy(
        "dicomodel.items.wedge_position_sequence_item_rt_beams", "WedgePositionSequenceItemRTBeams"
    )

if TYPE_CHECKING:
    from dicomodel.enums.beam_limiting_device_rotation_direction import (
        BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
    )
    from dicomodel.enums.gantry_pitch_rotation_direction import (
        GantryPitchRotationDirection as GantryPitchRotationDirection,
    )
    from dicomodel.enums.gantry_rotation_direction import (
        GantryRotationDirection as GantryRotationDirection,
    )
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.enums.patient_support_rotation_direction import (
        PatientSupportRotationDirection as PatientSupportRotationDirection,
    )
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )
    from dicomodel.enums.table_top_eccentric_rotation_direction import (
        TableTopEccentricRotationDirection as TableTopEccentricRotationDirection,
    )
    from dicomodel.enums.table_top_pitch_rotation_direction import (
        TableTopPitchRotationDirection as TableTopPitchRotationDirection,
    )
    from dicomodel.enums.table_top_roll_rotation_direction import (
        TableTopRollRotationDirection as TableTopRollRotationDirection,
    )
    from dicomodel.enums.wedge_position import WedgePositionRTBeams as WedgePosition
    from dicomodel.items.beam_limiting_device_position_sequence_item import (
        BeamLimitingDevicePositionSequenceItem as BeamLimitingDevicePositionSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )
    from dicomodel.items.referenced_dose_reference_sequence_item_rt_beams2 import (
        ReferencedDoseReferenceSequenceItemRTBeams2 as ReferencedDoseReferenceSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDoseSequenceItem,
    )
    from dicomodel.items.wedge_position_sequence_item_rt_beams import (
        WedgePositionSequenceItemRTBeams as WedgePositionSequenceItem,
    )

__all__ = [
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "ControlPointSequenceItem",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "OutlineShapeType",
    "PatientSupportRotationDirection",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "ReferencedDoseReferenceSequenceItem",
    "ReferencedDoseSequenceItem",
    "TableTopEccentricRotationDirection",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "WedgePosition",
    "WedgePositionSequenceItem",
]


class ControlPointSequenceItem(DicomModel):
    """An item of Control Point Sequence (300A,0111), as first defined in RT Beams Module Attributes (C.8-50)."""

    dicom_name: ClassVar[str] = "Control Point Sequence"
    dicom_table: ClassVar[str] = "table_C.8-50"

    ControlPointIndex: Annotated[
        vr.IS, Attribute(0x300A0112, "IS", "1", "1", name="Control Point Index")
    ]
    """Control Point Index (300A,0112): Type 1, VR IS, VM 1. Index of current Control Point, starting at 0 for first Control Point."""

    CumulativeMetersetWeight: Annotated[
        vr.DS | None, Attribute(0x300A0134, "DS", "1", "2", name="Cumulative Meterset Weight")
    ]
    """Cumulative Meterset Weight (300A,0134): Type 2, VR DS, VM 1. Cumulative weight to current control point. Cumulative Meterset Weight for the first Item in Control Point Sequence (300A,0111) shall always be zero."""

    ReferencedDoseReferenceSequence: Annotated[
        list[_ReferencedDoseReferenceSequenceItemRTBeams2] | None,
        Attribute(0x300C0050, "SQ", "1", "3", name="Referenced Dose Reference Sequence"),
    ] = None
    """Referenced Dose Reference Sequence (300C,0050): Type 3, VR SQ, VM 1. A Sequence of Dose References for current Beam. One or more Items are permitted in this Sequence."""

    ReferencedDoseSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x300C0080,
            "SQ",
            "1",
            "1C",
            name="Referenced Dose Sequence",
            when=(
                "and",
                ("unknown", "names no attribute: RT Dose is being transmitted"),
                ("value", 0x3004000A, 0, "in", ("CONTROL_POINT",)),
            ),
        ),
    ] = None
    """Referenced Dose Sequence (300C,0080): Type 1C, VR SQ, VM 1. Required if RT Dose is being transmitted, and Dose Summation Type (3004,000A) equals CONTROL_POINT. Sequence describing related Instances of RT Dose (for grids, isodose curves, and named/unnamed point doses). One or more Items shall be included in this Sequence."""

    NominalBeamEnergy: Annotated[
        vr.DS | None, Attribute(0x300A0114, "DS", "1", "3", name="Nominal Beam Energy")
    ] = None
    """Nominal Beam Energy (300A,0114): Type 3, VR DS, VM 1. Nominal Beam Energy at control point (MV/MeV)."""

    DoseRateSet: Annotated[
        vr.DS | None, Attribute(0x300A0115, "DS", "1", "3", name="Dose Rate Set")
    ] = None
    """Dose Rate Set (300A,0115): Type 3, VR DS, VM 1. Dose Rate to be set on treatment machine for segment beginning at current control point (e.g., MU/min)."""

    WedgePositionSequence: Annotated[
        list[_WedgePositionSequenceItemRTBeams] | None,
        Attribute(
            0x300A0116,
            "SQ",
            "1",
            "1C",
            name="Wedge Position Sequence",
            when=(
                "or",
                ("and", ("item_index", "==", 1), ("compare", 0x300A00D0, 1, "!=", 0)),
                (
                    "and",
                    ("item_index", ">", 1),
                    ("unknown", "depends on changes between control points"),
                ),
            ),
        ),
    ] = None
    """Wedge Position Sequence (300A,0116): Type 1C, VR SQ, VM 1. Required for first Item of Control Point Sequence (300A,0111) if Number of Wedges (300A,00D0) is non-zero, and in subsequent control points if Wedge Position (300A,0118) changes during Beam. A Sequence of Items describing Wedge Positions for the current control point. Required for first Item of Control Point Sequence (300A,0111) if Number of Wedges (300A,00D0) is non-zero, and in subsequent control points if Wedge Position (300..."""

    BeamLimitingDevicePositionSequence: Annotated[
        list[_BeamLimitingDevicePositionSequenceItem] | None,
        Attribute(
            0x300A011A,
            "SQ",
            "1",
            "1C",
            name="Beam Limiting Device Position Sequence",
            when=(
                "and",
                (
                    "or",
                    ("item_index", "==", 1),
                    (
                        "unknown",
                        "names no attribute: the values of the Beam Limiting Device change during the Beam",
                    ),
                ),
                (
                    "or",
                    ("not", ("present", 0x300800A3)),
                    ("and", ("present", 0x300800A3), ("value", 0x300800A3, 0, "in", ("NO",))),
                ),
            ),
        ),
    ] = None
    """Beam Limiting Device Position Sequence (300A,011A): Type 1C, VR SQ, VM 1. Required for first Item of Control Point Sequence (300A,0111), or if the values of the Beam Limiting Device change during the Beam, and if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is absent, or is present and has the value NO. Sequence of beam limiting device (collimator) jaw or leaf (element) positions. Required for first Item of Control Point Sequence (300A,0111), or if the values of the Beam Limiting Device change during the Beam, and if Enhanced RT Beam Limit..."""

    EnhancedRTBeamLimitingOpeningSequence: Annotated[
        list[_RTBeamLimitingDeviceOpeningDefinitionItem] | None,
        Attribute(
            0x300800A2,
            "SQ",
            "1",
            "2C",
            name="Enhanced RT Beam Limiting Opening Sequence",
            when=(
                "and",
                ("present", 0x300800A3),
                ("value", 0x300800A3, 0, "in", ("YES",)),
                (
                    "or",
                    ("item_index", "==", 1),
                    (
                        "unknown",
                        "names no attribute: the values of the Beam Limiting Device change during Beam",
                    ),
                ),
            ),
        ),
    ] = None
    """Enhanced RT Beam Limiting Opening Sequence (3008,00A2): Type 2C, VR SQ, VM 1. Required for first Item of Control Point Sequence (300A,0111), or if the values of the Beam Limiting Device change during Beam and if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is present and has the value YES. Sequence of beam limiting device (collimator) jaw or leaf (element) positions. Required for first Item of Control Point Sequence (300A,0111), or if the values of the Beam Limiting Device change during Beam and if Enhanced RT Beam Limiting D..."""

    GantryAngle: Annotated[
        vr.DS | None,
        Attribute(
            0x300A011E,
            "DS",
            "1",
            "1C",
            name="Gantry Angle",
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Gantry Angle (300A,011E): Type 1C, VR DS, VM 1. Required for first Item of Control Point Sequence (300A,0111), or if Gantry Angle changes during Beam. Gantry angle of radiation source, i.e., orientation of IEC GANTRY coordinate system with respect to IEC FIXED REFERENCE coordinate system (degrees)."""

    GantryRotationDirection: Annotated[
        _GantryRotationDirectionValue | None,
        Attribute(
            0x300A011F,
            "CS",
            "1",
            "1C",
            name="Gantry Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Gantry Rotation Direction (300A,011F): Type 1C, VR CS, VM 1. Required for first Item of Control Point Sequence (300A,0111), or if Gantry Rotation Direction changes during Beam. Direction of Gantry Rotation when viewing gantry from isocenter, for segment following Control Point. Required for first Item of Control Point Sequence (300A,0111), or if Gantry Rotation Direction changes during Beam."""

    GantryPitchAngle: Annotated[
        vr.FL | None, Attribute(0x300A014A, "FL", "1", "3", name="Gantry Pitch Angle")
    ] = None
    """Gantry Pitch Angle (300A,014A): Type 3, VR FL, VM 1. Gantry Pitch Angle. i.e., the rotation of the IEC GANTRY coordinate system about the X-axis of the IEC GANTRY coordinate system (degrees)."""

    GantryPitchRotationDirection: Annotated[
        _GantryPitchRotationDirectionValue | None,
        Attribute(
            0x300A014C,
            "CS",
            "1",
            "3",
            name="Gantry Pitch Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
        ),
    ] = None
    """Gantry Pitch Rotation Direction (300A,014C): Type 3, VR CS, VM 1. Direction of Gantry Pitch Angle when viewing along the positive X-axis of the IEC GANTRY coordinate system, for segment following Control Point."""

    BeamLimitingDeviceAngle: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0120,
            "DS",
            "1",
            "1C",
            name="Beam Limiting Device Angle",
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Beam Limiting Device Angle (300A,0120): Type 1C, VR DS, VM 1. Required for first Item of Control Point Sequence (300A,0111), or if Beam Limiting Device Angle changes during Beam. Beam Limiting Device angle, i.e., orientation of IEC BEAM LIMITING DEVICE coordinate system with respect to IEC GANTRY coordinate system (degrees)."""

    BeamLimitingDeviceRotationDirection: Annotated[
        _BeamLimitingDeviceRotationDirectionValue | None,
        Attribute(
            0x300A0121,
            "CS",
            "1",
            "1C",
            name="Beam Limiting Device Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Beam Limiting Device Rotation Direction (300A,0121): Type 1C, VR CS, VM 1. Required for first Item of Control Point Sequence (300A,0111), or if Beam Limiting Device Rotation Direction changes during Beam. Direction of Beam Limiting Device Rotation when viewing beam limiting device (collimator) from radiation source, for segment following Control Point."""

    PatientSupportAngle: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0122,
            "DS",
            "1",
            "1C",
            name="Patient Support Angle",
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Patient Support Angle (300A,0122): Type 1C, VR DS, VM 1. Required for first Item of Control Point Sequence (300A,0111), or if Patient Support Angle changes during Beam. Patient Support angle, i.e., orientation of IEC PATIENT SUPPORT (turntable) coordinate system with respect to IEC FIXED REFERENCE coordinate system (degrees)."""

    PatientSupportRotationDirection: Annotated[
        _PatientSupportRotationDirectionValue | None,
        Attribute(
            0x300A0123,
            "CS",
            "1",
            "1C",
            name="Patient Support Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Patient Support Rotation Direction (300A,0123): Type 1C, VR CS, VM 1. Required for first Item of Control Point Sequence (300A,0111), or if Patient Support Rotation Direction changes during Beam. Direction of Patient Support Rotation when viewing table from above, for segment following Control Point. Required for first Item of Control Point Sequence (300A,0111), or if Patient Support Rotation Direction changes during Beam."""

    TableTopEccentricAxisDistance: Annotated[
        vr.DS | None,
        Attribute(0x300A0124, "DS", "1", "3", name="Table Top Eccentric Axis Distance"),
    ] = None
    """Table Top Eccentric Axis Distance (300A,0124): Type 3, VR DS, VM 1. Distance (positive) from the IEC PATIENT SUPPORT vertical axis to the IEC TABLE TOP ECCENTRIC vertical axis (mm)."""

    TableTopEccentricAngle: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0125,
            "DS",
            "1",
            "1C",
            name="Table Top Eccentric Angle",
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Table Top Eccentric Angle (300A,0125): Type 1C, VR DS, VM 1. Required for first Item of Control Point Sequence (300A,0111), or if Table Top Eccentric Angle changes during Beam. Table Top (non-isocentric) angle, i.e., orientation of IEC TABLE TOP ECCENTRIC coordinate system with respect to IEC PATIENT SUPPORT coordinate system (degrees)."""

    TableTopEccentricRotationDirection: Annotated[
        _TableTopEccentricRotationDirectionValue | None,
        Attribute(
            0x300A0126,
            "CS",
            "1",
            "1C",
            name="Table Top Eccentric Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Table Top Eccentric Rotation Direction (300A,0126): Type 1C, VR CS, VM 1. Required for first Item of Control Point Sequence (300A,0111), or if Table Top Eccentric Rotation Direction changes during Beam. Direction of Table Top Eccentric Rotation when viewing table from above, for segment following Control Point. Required for first Item of Control Point Sequence (300A,0111), or if Table Top Eccentric Rotation Direction changes during Beam."""

    TableTopPitchAngle: Annotated[
        vr.FL | None,
        Attribute(
            0x300A0140,
            "FL",
            "1",
            "1C",
            name="Table Top Pitch Angle",
            when=(
                "and",
                ("unknown", "names no attribute: required by treatment delivery device"),
                ("item_index", "==", 1),
            ),
        ),
    ] = None
    """Table Top Pitch Angle (300A,0140): Type 1C, VR FL, VM 1. If required by treatment delivery device, shall be present for first Item of Control Point Sequence (300A,0111). Table Top Pitch Angle, i.e., the rotation of the IEC TABLE TOP coordinate system about the X-axis of the IEC TABLE TOP coordinate system (degrees)."""

    TableTopPitchRotationDirection: Annotated[
        _TableTopPitchRotationDirectionValue | None,
        Attribute(
            0x300A0142,
            "CS",
            "1",
            "1C",
            name="Table Top Pitch Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
            when=(
                "and",
                ("unknown", "names no attribute: required by treatment delivery device"),
                ("item_index", "==", 1),
            ),
        ),
    ] = None
    """Table Top Pitch Rotation Direction (300A,0142): Type 1C, VR CS, VM 1. If required by treatment delivery device, shall be present for first Item of Control Point Sequence (300A,0111). Direction of Table Top Pitch Rotation when viewing the table along the positive X-axis of the IEC TABLE TOP coordinate system, for segment following Control Point."""

    TableTopRollAngle: Annotated[
        vr.FL | None,
        Attribute(
            0x300A0144,
            "FL",
            "1",
            "1C",
            name="Table Top Roll Angle",
            when=(
                "and",
                ("unknown", "names no attribute: required by treatment delivery device"),
                ("item_index", "==", 1),
            ),
        ),
    ] = None
    """Table Top Roll Angle (300A,0144): Type 1C, VR FL, VM 1. If required by treatment delivery device, shall be present for first Item of Control Point Sequence (300A,0111). Table Top Roll Angle, i.e., the rotation of the IEC TABLE TOP coordinate system about the IEC Y-axis of the IEC TABLE TOP coordinate system (degrees)."""

    TableTopRollRotationDirection: Annotated[
        _TableTopRollRotationDirectionValue | None,
        Attribute(
            0x300A0146,
            "CS",
            "1",
            "1C",
            name="Table Top Roll Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
            when=(
                "and",
                ("unknown", "names no attribute: required by treatment delivery device"),
                ("item_index", "==", 1),
            ),
        ),
    ] = None
    """Table Top Roll Rotation Direction (300A,0146): Type 1C, VR CS, VM 1. If required by treatment delivery device, shall be present for first Item of Control Point Sequence (300A,0111). Direction of Table Top Roll Rotation when viewing the table along the positive Y-axis of the IEC TABLE TOP coordinate system, for segment following Control Point."""

    TableTopVerticalPosition: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0128,
            "DS",
            "1",
            "2C",
            name="Table Top Vertical Position",
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Table Top Vertical Position (300A,0128): Type 2C, VR DS, VM 1. Required for first Item of Control Point Sequence (300A,0111), or if Table Top Vertical Position changes during Beam. Table Top Vertical position in IEC TABLE TOP coordinate system (mm). Required for first Item of Control Point Sequence (300A,0111), or if Table Top Vertical Position changes during Beam. See Section C.8.8.14.6."""

    TableTopLongitudinalPosition: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0129,
            "DS",
            "1",
            "2C",
            name="Table Top Longitudinal Position",
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Table Top Longitudinal Position (300A,0129): Type 2C, VR DS, VM 1. Required for first Item of Control Point Sequence (300A,0111), or if Table Top Longitudinal Position changes during Beam. Table Top Longitudinal position in IEC TABLE TOP coordinate system (mm). Required for first Item of Control Point Sequence (300A,0111), or if Table Top Longitudinal Position changes during Beam. See Section C.8.8.14.6."""

    TableTopLateralPosition: Annotated[
        vr.DS | None,
        Attribute(
            0x300A012A,
            "DS",
            "1",
            "2C",
            name="Table Top Lateral Position",
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Table Top Lateral Position (300A,012A): Type 2C, VR DS, VM 1. Required for first Item of Control Point Sequence (300A,0111), or if Table Top Lateral Position changes during Beam. Table Top Lateral position in IEC TABLE TOP coordinate system (mm). Required for first Item of Control Point Sequence (300A,0111), or if Table Top Lateral Position changes during Beam. See Section C.8.8.14.6."""

    IsocenterPosition: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x300A012C,
            "DS",
            "3",
            "2C",
            name="Isocenter Position",
            when=("unknown", "depends on changes between control points"),
        ),
    ] = None
    """Isocenter Position (300A,012C): Type 2C, VR DS, VM 3. Required for first Item of Segment Control Point Sequence, or if Segment Isocenter Position changes during Beam. Isocenter coordinates (x,y,z) in the Patient-Based Coordinate System described in Section C.7.6.2.1.1 (mm). Required for first Item of Segment Control Point Sequence, or if Segment Isocenter Position changes during Beam."""

    SurfaceEntryPoint: Annotated[
        list[vr.DS] | None, Attribute(0x300A012E, "DS", "3", "3", name="Surface Entry Point")
    ] = None
    """Surface Entry Point (300A,012E): Type 3, VR DS, VM 3. Patient surface entry point coordinates (x,y,z) in the Patient-Based Coordinate System described in Section C.7.6.2.1.1 (mm)."""

    ExternalContourEntryPoint: Annotated[
        list[vr.FL] | None,
        Attribute(0x300A0133, "FL", "3", "3", name="External Contour Entry Point"),
    ] = None
    """External Contour Entry Point (300A,0133): Type 3, VR FL, VM 3. External Contour entry point coordinates (x,y,z) in the Patient-Based Coordinate System described in Section C.7.6.2.1.1 (mm). See Section C.8.8.14.15."""

    SourceToSurfaceDistance: Annotated[
        vr.DS | None, Attribute(0x300A0130, "DS", "1", "3", name="Source to Surface Distance")
    ] = None
    """Source to Surface Distance (300A,0130): Type 3, VR DS, VM 1. Source to Patient Surface (skin) distance (mm)."""

    SourceToExternalContourDistance: Annotated[
        vr.FL | None,
        Attribute(0x300A0132, "FL", "1", "3", name="Source to External Contour Distance"),
    ] = None
    """Source to External Contour Distance (300A,0132): Type 3, VR FL, VM 1. Source to External Contour distance (mm) including devices associated with the patient anatomy model. For dosimetric purposes this value may differ from the Source to Surface Distance (300A,0130). See Section C.8.8.14.15."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeamLimitingDevicePositionSequenceItem": (
        "dicomodel.items.beam_limiting_device_position_sequence_item",
        "BeamLimitingDevicePositionSequenceItem",
    ),
    "BeamLimitingDeviceRotationDirection": (
        "dicomodel.enums.beam_limiting_device_rotation_direction",
        "BeamLimitingDeviceRotationDirection",
    ),
    "EnhancedRTBeamLimitingOpeningSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
    ),
    "GantryPitchRotationDirection": (
        "dicomodel.enums.gantry_pitch_rotation_direction",
        "GantryPitchRotationDirection",
    ),
    "GantryRotationDirection": (
        "dicomodel.enums.gantry_rotation_direction",
        "GantryRotationDirection",
    ),
    "OutlineShapeType": ("dicomodel.enums.outline_shape_type", "OutlineShapeType"),
    "PatientSupportRotationDirection": (
        "dicomodel.enums.patient_support_rotation_direction",
        "PatientSupportRotationDirection",
    ),
    "RTBeamDelimiterGeometrySequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "RTBeamLimitingDeviceType": (
        "dicomodel.enums.rt_beam_limiting_device_type",
        "RTBeamLimitingDeviceType",
    ),
    "ReferencedDoseReferenceSequenceItem": (
        "dicomodel.items.referenced_dose_reference_sequence_item_rt_beams2",
        "ReferencedDoseReferenceSequenceItemRTBeams2",
    ),
    "ReferencedDoseSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "TableTopEccentricRotationDirection": (
        "dicomodel.enums.table_top_eccentric_rotation_direction",
        "TableTopEccentricRotationDirection",
    ),
    "TableTopPitchRotationDirection": (
        "dicomodel.enums.table_top_pitch_rotation_direction",
        "TableTopPitchRotationDirection",
    ),
    "TableTopRollRotationDirection": (
        "dicomodel.enums.table_top_roll_rotation_direction",
        "TableTopRollRotationDirection",
    ),
    "WedgePosition": ("dicomodel.enums.wedge_position", "WedgePositionRTBeams"),
    "WedgePositionSequenceItem": (
        "dicomodel.items.wedge_position_sequence_item_rt_beams",
        "WedgePositionSequenceItemRTBeams",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
