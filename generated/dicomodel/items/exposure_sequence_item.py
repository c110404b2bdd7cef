"""Item class ExposureSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.applicator_sequence_item import (
        ApplicatorSequenceItem as _ApplicatorSequenceItem,
    )
    from dicomodel.items.beam_limiting_device_sequence_item import (
        BeamLimitingDeviceSequenceItem as _BeamLimitingDeviceSequenceItem,
    )
    from dicomodel.items.block_sequence_item import BlockSequenceItem as _BlockSequenceItem
    from dicomodel.items.general_accessory_sequence_item import (
        GeneralAccessorySequenceItem as _GeneralAccessorySequenceItem,
    )
    from dicomodel.items.primary_fluence_mode_sequence_item import (
        PrimaryFluenceModeSequenceItem as _PrimaryFluenceModeSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as _RTBeamLimitingDeviceOpeningDefinitionItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ApplicatorSequenceItem = Lazy(
        "dicomodel.items.applicator_sequence_item", "ApplicatorSequenceItem"
    )
    _BeamLimitingDeviceSequenceItem = Lazy(
        "dicomodel.items.beam_limiting_device_sequence_item", "BeamLimitingDeviceSequenceItem"
    )
    _BlockSequenceItem = Lazy("dicomodel.items.block_sequence_item", "BlockSequenceItem")
    _GeneralAccessorySequenceItem = Lazy(
        "dicomodel.items.general_accessory_sequence_item", "GeneralAccessorySequenceItem"
    )
    _PrimaryFluenceModeSequenceItem = Lazy(
        "dicomodel.items.primary_fluence_mode_sequence_item", "PrimaryFluenceModeSequenceItem"
    )
    _RTBeamLimitingDeviceOpeningDefinitionItem = Lazy(
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.applicator_aperture_shape import (
        ApplicatorApertureShapeTerm as ApplicatorApertureShapeTerm,
    )
    from dicomodel.enums.applicator_type import ApplicatorTypeTerm as ApplicatorTypeTerm
    from dicomodel.enums.block_divergence import BlockDivergence as BlockDivergence
    from dicomodel.enums.block_mounting_position import (
        BlockMountingPosition as BlockMountingPosition,
    )
    from dicomodel.enums.block_type import BlockType as BlockType
    from dicomodel.enums.fluence_mode import FluenceMode as FluenceMode
    from dicomodel.enums.general_accessory_type import (
        GeneralAccessoryTypeTerm as GeneralAccessoryTypeTerm,
    )
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )
    from dicomodel.items.applicator_geometry_sequence_item import (
        ApplicatorGeometrySequenceItem as ApplicatorGeometrySequenceItem,
    )
    from dicomodel.items.applicator_sequence_item import (
        ApplicatorSequenceItem as ApplicatorSequenceItem,
    )
    from dicomodel.items.beam_limiting_device_sequence_item import (
        BeamLimitingDeviceSequenceItem as BeamLimitingDeviceSequenceItem,
    )
    from dicomodel.items.block_sequence_item import BlockSequenceItem as BlockSequenceItem
    from dicomodel.items.general_accessory_sequence_item import (
        GeneralAccessorySequenceItem as GeneralAccessorySequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )
    from dicomodel.items.primary_fluence_mode_sequence_item import (
        PrimaryFluenceModeSequenceItem as PrimaryFluenceModeSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
    )

__all__ = [
    "ApplicatorApertureShapeTerm",
    "ApplicatorGeometrySequenceItem",
    "ApplicatorSequenceItem",
    "ApplicatorTypeTerm",
    "BeamLimitingDeviceSequenceItem",
    "BlockDivergence",
    "BlockMountingPosition",
    "BlockSequenceItem",
    "BlockType",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "ExposureSequenceItem",
    "FluenceMode",
    "GeneralAccessorySequenceItem",
    "GeneralAccessoryTypeTerm",
    "OutlineShapeType",
    "PrimaryFluenceModeSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
]


class ExposureSequenceItem(DicomModel):
    """An item of Exposure Sequence (3002,0030), as first defined in RT Image Module Attributes (C.8-38)."""

    dicom_name: ClassVar[str] = "Exposure Sequence"
    dicom_table: ClassVar[str] = "table_C.8-38"

    ReferencedFrameNumber: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00081160,
            "IS",
            "1-n",
            "1C",
            name="Referenced Frame Number",
            when=(
                "and",
                ("items", 0x30020030, ">", 1),
                ("unknown", "depends on the multi-frame structure of the pixel data"),
            ),
        ),
    ] = None
    """Referenced Frame Number (0008,1160): Type 1C, VR IS, VM 1-n. Required if there is more than one Item in Exposure Sequence (3002,0030), and image is a multi-frame image. Identifies corresponding image frame in multi-frame image. Required if there is more than one Item in Exposure Sequence (3002,0030), and image is a multi-frame image."""

    KVP: Annotated[
        vr.DS | None,
        Attribute(
            0x00180060,
            "DS",
            "1",
            "2C",
            name="KVP",
            when=("value", 0x00080008, 3, "in", ("PORTAL", "SIMULATOR", "RADIOGRAPH")),
        ),
    ] = None
    """KVP (0018,0060): Type 2C, VR DS, VM 1. Required if Value 3 of Image Type (0008,0008) is PORTAL, SIMULATOR or RADIOGRAPH. Peak kilo voltage output (kV) of X-Ray generator used to acquire image. Required if Value 3 of Image Type (0008,0008) is PORTAL, SIMULATOR or RADIOGRAPH."""

    PrimaryFluenceModeSequence: Annotated[
        list[_PrimaryFluenceModeSequenceItem] | None,
        Attribute(0x30020050, "SQ", "1", "3", name="Primary Fluence Mode Sequence"),
    ] = None
    """Primary Fluence Mode Sequence (3002,0050): Type 3, VR SQ, VM 1. Sequence defining whether the primary fluence of the treatment beam uses a non-standard fluence-shaping. Only a single Item is permitted in this Sequence."""

    XRayTubeCurrent: Annotated[
        vr.IS | None,
        Attribute(
            0x00181151,
            "IS",
            "1",
            "2C",
            name="X-Ray Tube Current",
            when=("value", 0x00080008, 3, "in", ("SIMULATOR", "RADIOGRAPH")),
            otherwise="may",
        ),
    ] = None
    """X-Ray Tube Current (0018,1151): Type 2C, VR IS, VM 1. Required if Value 3 of Image Type (0008,0008) is SIMULATOR or RADIOGRAPH. May be present otherwise. Imaging device X-Ray Tube Current (mA). Required if Value 3 of Image Type (0008,0008) is SIMULATOR or RADIOGRAPH. May be present otherwise."""

    XRayTubeCurrentInmA: Annotated[
        vr.FD | None, Attribute(0x00189330, "FD", "1", "3", name="X-Ray Tube Current in mA")
    ] = None
    """X-Ray Tube Current in mA (0018,9330): Type 3, VR FD, VM 1. X-Ray Tube Current in mA. An average in the case of fluoroscopy (continuous radiation mode)."""

    ExposureTime: Annotated[
        vr.IS | None,
        Attribute(
            0x00181150,
            "IS",
            "1",
            "2C",
            name="Exposure Time",
            when=("value", 0x00080008, 3, "in", ("SIMULATOR", "RADIOGRAPH")),
            otherwise="may",
        ),
    ] = None
    """Exposure Time (0018,1150): Type 2C, VR IS, VM 1. Required if Value 3 of Image Type (0008,0008) is SIMULATOR or RADIOGRAPH. May be present otherwise. Time of X-Ray exposure (msec). Required if Value 3 of Image Type (0008,0008) is SIMULATOR or RADIOGRAPH. May be present otherwise. See Section C.8.8.2.8."""

    ExposureTimeInms: Annotated[
        vr.FD | None, Attribute(0x00189328, "FD", "1", "3", name="Exposure Time in ms")
    ] = None
    """Exposure Time in ms (0018,9328): Type 3, VR FD, VM 1. Duration of X-Ray exposure in msec. See Section C.8.8.2.8."""

    MetersetExposure: Annotated[
        vr.DS | None,
        Attribute(
            0x30020032,
            "DS",
            "1",
            "2C",
            name="Meterset Exposure",
            when=("value", 0x00080008, 3, "in", ("PORTAL",)),
        ),
    ] = None
    """Meterset Exposure (3002,0032): Type 2C, VR DS, VM 1. Required if Value 3 of Image Type (0008,0008) is PORTAL. Treatment machine Meterset duration over which image has been acquired, specified in Monitor units (MU) or minutes as defined by Primary Dosimeter Unit (300A,00B3). Required if Value 3 of Image Type (0008,0008) is PORTAL."""

    DiaphragmPosition: Annotated[
        list[vr.DS] | None, Attribute(0x30020034, "DS", "4", "3", name="Diaphragm Position")
    ] = None
    """Diaphragm Position (3002,0034): Type 3, VR DS, VM 4. Positions of diaphragm jaw pairs (in mm) in IEC BEAM LIMITING DEVICE coordinate axis in the IEC order X1, X2, Y1, Y2."""

    BeamLimitingDeviceSequence: Annotated[
        list[_BeamLimitingDeviceSequenceItem] | None,
        Attribute(0x300A00B6, "SQ", "1", "3", name="Beam Limiting Device Sequence"),
    ] = None
    """Beam Limiting Device Sequence (300A,00B6): Type 3, VR SQ, VM 1. Sequence of beam limiting device (collimator) jaw or leaf (element) positions for given exposure. Shall not be present if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is present and has the value YES."""

    EnhancedRTBeamLimitingOpeningSequence: Annotated[
        list[_RTBeamLimitingDeviceOpeningDefinitionItem] | None,
        Attribute(
            0x300800A2,
            "SQ",
            "1",
            "2C",
            name="Enhanced RT Beam Limiting Opening Sequence",
            when=("and", ("present", 0x300800A3), ("value", 0x300800A3, 0, "in", ("YES",))),
        ),
    ] = None
    """Enhanced RT Beam Limiting Opening Sequence (3008,00A2): Type 2C, VR SQ, VM 1. Required if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is present and has the value YES. Sequence of beam limiting device (collimator) jaw or leaf (element) positions. Required if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is present and has the value YES. Zero or more Items shall be included in this Sequence."""

    GantryAngle: Annotated[
        vr.DS | None, Attribute(0x300A011E, "DS", "1", "3", name="Gantry Angle")
    ] = None
    """Gantry Angle (300A,011E): Type 3, VR DS, VM 1. Treatment machine or imaging device gantry angle, i.e., orientation of IEC GANTRY coordinate system with respect to IEC FIXED REFERENCE coordinate system (degrees)."""

    GantryPitchAngle: Annotated[
        vr.FL | None, Attribute(0x300A014A, "FL", "1", "3", name="Gantry Pitch Angle")
    ] = None
    """Gantry Pitch Angle (300A,014A): Type 3, VR FL, VM 1. Gantry Pitch Angle. i.e., the rotation of the IEC GANTRY coordinate system about the X-axis of the IEC GANTRY coordinate system (degrees). See Section C.8.8.25.6.5."""

    BeamLimitingDeviceAngle: Annotated[
        vr.DS | None, Attribute(0x300A0120, "DS", "1", "3", name="Beam Limiting Device Angle")
    ] = None
    """Beam Limiting Device Angle (300A,0120): Type 3, VR DS, VM 1. Treatment machine beam limiting device (collimator) angle, i.e., orientation of IEC BEAM LIMITING DEVICE coordinate system with respect to IEC GANTRY coordinate system (degrees)."""

    PatientSupportAngle: Annotated[
        vr.DS | None, Attribute(0x300A0122, "DS", "1", "3", name="Patient Support Angle")
    ] = None
    """Patient Support Angle (300A,0122): Type 3, VR DS, VM 1. Patient Support angle, i.e., orientation of IEC PATIENT SUPPORT coordinate system with respect to IEC FIXED REFERENCE coordinate system (degrees)."""

    TableTopPitchAngle: Annotated[
        vr.FL | None, Attribute(0x300A0140, "FL", "1", "3", name="Table Top Pitch Angle")
    ] = None
    """Table Top Pitch Angle (300A,0140): Type 3, VR FL, VM 1. Table Top Pitch Angle, i.e., the rotation of the IEC TABLE TOP coordinate system about the X-axis of the IEC TABLE TOP coordinate system (degrees). See Section C.8.8.25.6.2."""

    TableTopRollAngle: Annotated[
        vr.FL | None, Attribute(0x300A0144, "FL", "1", "3", name="Table Top Roll Angle")
    ] = None
    """Table Top Roll Angle (300A,0144): Type 3, VR FL, VM 1. Table Top Roll Angle, i.e., the rotation of the IEC TABLE TOP coordinate system about the Y-axis of the IEC TABLE TOP coordinate system (degrees). See Section C.8.8.25.6.2."""

    TableTopVerticalPosition: Annotated[
        vr.DS | None, Attribute(0x300A0128, "DS", "1", "3", name="Table Top Vertical Position")
    ] = None
    """Table Top Vertical Position (300A,0128): Type 3, VR DS, VM 1. Table Top Vertical position in IEC TABLE TOP coordinate system (mm)."""

    TableTopLongitudinalPosition: Annotated[
        vr.DS | None, Attribute(0x300A0129, "DS", "1", "3", name="Table Top Longitudinal Position")
    ] = None
    """Table Top Longitudinal Position (300A,0129): Type 3, VR DS, VM 1. Table Top Longitudinal position in IEC TABLE TOP coordinate system (mm)."""

    TableTopLateralPosition: Annotated[
        vr.DS | None, Attribute(0x300A012A, "DS", "1", "3", name="Table Top Lateral Position")
    ] = None
    """Table Top Lateral Position (300A,012A): Type 3, VR DS, VM 1. Table Top Lateral position in IEC TABLE TOP coordinate system (mm)."""

    ApplicatorSequence: Annotated[
        list[_ApplicatorSequenceItem] | None,
        Attribute(0x300A0107, "SQ", "1", "3", name="Applicator Sequence"),
    ] = None
    """Applicator Sequence (300A,0107): Type 3, VR SQ, VM 1. Sequence of Applicators associated with Beam. Only a single Item is permitted in this Sequence."""

    GeneralAccessorySequence: Annotated[
        list[_GeneralAccessorySequenceItem] | None,
        Attribute(0x300A0420, "SQ", "1", "3", name="General Accessory Sequence"),
    ] = None
    """General Accessory Sequence (300A,0420): Type 3, VR SQ, VM 1. Sequence of General Accessories associated with the beam producing this image. One or more Items are permitted in this Sequence."""

    NumberOfBlocks: Annotated[vr.IS, Attribute(0x300A00F0, "IS", "1", "1", name="Number of Blocks")]
    """Number of Blocks (300A,00F0): Type 1, VR IS, VM 1. Number of shielding blocks associated with Beam."""

    BlockSequence: Annotated[
        list[_BlockSequenceItem] | None,
        Attribute(
            0x300A00F4,
            "SQ",
            "1",
            "2C",
            name="Block Sequence",
            when=("compare", 0x300A00F0, 1, "!=", 0),
        ),
    ] = None
    """Block Sequence (300A,00F4): Type 2C, VR SQ, VM 1. Required if Number of Blocks (300A,00F0) is non-zero. Sequence of blocks associated with Beam. Required if Number of Blocks (300A,00F0) is non-zero. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ApplicatorApertureShapeTerm": (
        "dicomodel.enums.applicator_aperture_shape",
        "ApplicatorApertureShapeTerm",
    ),
    "ApplicatorGeometrySequenceItem": (
        "dicomodel.items.applicator_geometry_sequence_item",
        "ApplicatorGeometrySequenceItem",
    ),
    "ApplicatorSequenceItem": (
        "dicomodel.items.applicator_sequence_item",
        "ApplicatorSequenceItem",
    ),
    "ApplicatorTypeTerm": ("dicomodel.enums.applicator_type", "ApplicatorTypeTerm"),
    "BeamLimitingDeviceSequenceItem": (
        "dicomodel.items.beam_limiting_device_sequence_item",
        "BeamLimitingDeviceSequenceItem",
    ),
    "BlockDivergence": ("dicomodel.enums.block_divergence", "BlockDivergence"),
    "BlockMountingPosition": ("dicomodel.enums.block_mounting_position", "BlockMountingPosition"),
    "BlockSequenceItem": ("dicomodel.items.block_sequence_item", "BlockSequenceItem"),
    "BlockType": ("dicomodel.enums.block_type", "BlockType"),
    "EnhancedRTBeamLimitingOpeningSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
    ),
    "FluenceMode": ("dicomodel.enums.fluence_mode", "FluenceMode"),
    "GeneralAccessorySequenceItem": (
        "dicomodel.items.general_accessory_sequence_item",
        "GeneralAccessorySequenceItem",
    ),
    "GeneralAccessoryTypeTerm": (
        "dicomodel.enums.general_accessory_type",
        "GeneralAccessoryTypeTerm",
    ),
    "OutlineShapeType": ("dicomodel.enums.outline_shape_type", "OutlineShapeType"),
    "PrimaryFluenceModeSequenceItem": (
        "dicomodel.items.primary_fluence_mode_sequence_item",
        "PrimaryFluenceModeSequenceItem",
    ),
    "RTBeamDelimiterGeometrySequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "RTBeamLimitingDeviceType": (
        "dicomodel.enums.rt_beam_limiting_device_type",
        "RTBeamLimitingDeviceType",
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
