"""Item class RoboticPathControlPointSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as _OutlineDefinitionItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as _RTBeamLimitingDeviceOpeningDefinitionItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _OutlineDefinitionItem = Lazy(
        "dicomodel.items.outline_definition_item", "OutlineDefinitionItem"
    )
    _RTBeamLimitingDeviceOpeningDefinitionItem = Lazy(
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeliveryRateUnitSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as BeamAreaLimitSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as RTBeamLimitingDeviceOpeningSequenceItem,
    )

__all__ = [
    "BeamAreaLimitSequenceItem",
    "ContextGroupExtensionFlag",
    "DeliveryRateUnitSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OutlineShapeType",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceOpeningSequenceItem",
    "RoboticPathControlPointSequenceItem",
]


class RoboticPathControlPointSequenceItem(DicomModel):
    """An item of Robotic Path Control Point Sequence (3010,0097), as first defined in Robotic-Arm Path Module Attributes (C.36.19-1)."""

    dicom_name: ClassVar[str] = "Robotic Path Control Point Sequence"
    dicom_table: ClassVar[str] = "table_C.36.19-1"

    RTControlPointIndex: Annotated[
        vr.US, Attribute(0x300A0600, "US", "1", "1", name="RT Control Point Index")
    ]
    """RT Control Point Index (300A,0600): Type 1, VR US, VM 1. The index of the RT Control Point within the Sequence where this Macro is included. RT Control Points shall be executed in the order of the RT Control Point Index."""

    CumulativeMeterset: Annotated[
        vr.FD | None,
        Attribute(
            0x300A063C,
            "FD",
            "1",
            "1C",
            name="Cumulative Meterset",
            when=(
                "and",
                (
                    "or",
                    ("value", 0x300A0638, 0, "in", ("FULL", "IDENT_ONLY")),
                    ("value", 0x300A0639, 0, "in", ("YES",)),
                ),
                (
                    "or",
                    ("compare", 0x300A0600, 1, "==", 1),
                    (
                        "unknown",
                        "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                    ),
                ),
            ),
        ),
    ] = None
    """Cumulative Meterset (300A,063C): Type 1C, VR FD, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL or IDENT_ONLY or RT Record Flag (300A,0639) equals YES and if the conditions in Section C.36.2.2.5.1.1 are satisfied. May be present otherwise only if the conditions in Section C.36.2.2.5.1.1 are satisfied. Meterset at the RT Control Point. The units are specified by Radiation Dosimeter Unit Sequence (300A,0658). For the Item with RT Control Point Index equal 1, the Cumulative Meterset shall be equal to 0.0."""

    ReferencedTreatmentPositionIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300A060B,
            "US",
            "1",
            "1C",
            name="Referenced Treatment Position Index",
            when=(
                "and",
                ("present", 0x300A063F),
                (
                    "or",
                    ("compare", 0x300A0600, 1, "==", 1),
                    (
                        "unknown",
                        "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                    ),
                ),
            ),
        ),
    ] = None
    """Referenced Treatment Position Index (300A,060B): Type 1C, VR US, VM 1. Required if Treatment Position Sequence (300A,063F) is present and the conditions in Section C.36.2.2.5.1.1 are satisfied. The value of Treatment Position Index (300A,0606) from the Treatment Position Sequence (300A,063F) within this IOD that this RT Control Point refers to."""

    RecordedRTControlPointDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x300A073A,
            "DT",
            "1",
            "1C",
            name="Recorded RT Control Point DateTime",
            when=(
                "and",
                ("value", 0x300A0639, 0, "in", ("YES",)),
                (
                    "unknown",
                    "names no attribute: the SOP Class of the SOP Instance including this Module is not RT Radiation Salvage Record Storage ( 1.2.840.10008.5.1.4.1.1.481.17 )",
                ),
            ),
        ),
    ] = None
    """Recorded RT Control Point DateTime (300A,073A): Type 1C, VR DT, VM 1. Required if RT Record Flag (300A,0639) equals YES and if the SOP Class of the SOP Instance including this Module is not RT Radiation Salvage Record Storage (\"1.2.840.10008.5.1.4.1.1.481.17\"). May be present otherwise only if RT Record Flag (300A,0639) equals YES. Date and time of the Recorded RT Control Point. For all but the final Control Point this shall be the date and time when the delivery of radiation at this Control Point began."""

    ReferencedRadiationRTControlPointIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300A073B,
            "US",
            "1",
            "2C",
            name="Referenced Radiation RT Control Point Index",
            when=(
                "and",
                ("value", 0x300A0639, 0, "in", ("YES",)),
                ("unknown", "depends on a correspondence the data set does not state"),
            ),
        ),
    ] = None
    """Referenced Radiation RT Control Point Index (300A,073B): Type 2C, VR US, VM 1. Required if RT Record Flag (300A,0639) equals YES and if the recorded RT Control Point Index corresponds to a planned RT Radiation Control Point Index. The value of RT Control Point Index (300A,0600) of the RT Control Point in the RT Radiation SOP Instance referenced by Referenced RT Instance Sequence (300A,0631) in this Instance."""

    DeliveryRate: Annotated[
        vr.FD | None,
        Attribute(
            0x300A063D,
            "FD",
            "1",
            "2C",
            name="Delivery Rate",
            when=(
                "or",
                ("compare", 0x300A0600, 1, "==", 1),
                (
                    "unknown",
                    "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                ),
            ),
        ),
    ] = None
    """Delivery Rate (300A,063D): Type 2C, VR FD, VM 1. Required if the conditions in Section C.36.2.2.5.1.1 are satisfied. The value of the intended nominal rate of delivery of the specified Cumulative Meterset (300A,063C). The units are defined in the Delivery Rate Unit Sequence (300A,063E). Required if the conditions in Section C.36.2.2.5.1.1 are satisfied."""

    DeliveryRateUnitSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x300A063E,
            "SQ",
            "1",
            "1C",
            name="Delivery Rate Unit Sequence",
            when=("has_value", 0x300A063D),
        ),
    ] = None
    """Delivery Rate Unit Sequence (300A,063E): Type 1C, VR SQ, VM 1. Required if Delivery Rate (300A,063D) is present and has a value. The unit of the delivery rate value. Required if Delivery Rate (300A,063D) is present and has a value. See Section C.36.2.2.5.1. Only a single Item shall be included in this Sequence."""

    BeamAreaLimitSequence: Annotated[
        list[_OutlineDefinitionItem] | None,
        Attribute(
            0x300A0689,
            "SQ",
            "1",
            "1C",
            name="Beam Area Limit Sequence",
            when=("unknown", "names no attribute: beam shall be limited"),
        ),
    ] = None
    """Beam Area Limit Sequence (300A,0689): Type 1C, VR SQ, VM 1. Required if beam shall be limited. Area within which the treatment beam must be contained, for example when using MLC tracking for a moving target. Only a single Item shall be included in this Sequence. Required if beam shall be limited. See Section C.36.2.2.5.1."""

    ReferencedRadiationGenerationModeIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300A0605,
            "US",
            "1",
            "1C",
            name="Referenced Radiation Generation Mode Index",
            when=(
                "and",
                ("present", 0x300A0685),
                (
                    "or",
                    ("compare", 0x300A0600, 1, "==", 1),
                    (
                        "unknown",
                        "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                    ),
                ),
            ),
        ),
    ] = None
    """Referenced Radiation Generation Mode Index (300A,0605): Type 1C, VR US, VM 1. Required if Number of Radiation Generation Modes (300A,0685) is present and the conditions in Section C.36.2.2.5.1.1 are satisfied. The value of Radiation Generation Mode Index (300A,0601) in the Radiation Generation Mode Sequence (300A,067B) in this IOD that defines the Radiation Generation Mode used for this Control Point."""

    RoboticNodeIdentifier: Annotated[
        vr.UL | None,
        Attribute(
            0x30100092,
            "UL",
            "1",
            "1C",
            name="Robotic Node Identifier",
            when=(
                "or",
                ("compare", 0x300A0600, 1, "==", 1),
                (
                    "unknown",
                    "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                ),
            ),
        ),
    ] = None
    """Robotic Node Identifier (3010,0092): Type 1C, VR UL, VM 1. Required if the conditions in Section C.36.2.2.5.1.1 are satisfied. Identifier of the individual Robotic Node (point in space) along the Robotic Path. See Note 1. Required if the conditions in Section C.36.2.2.5.1.1 are satisfied."""

    RTTreatmentSourceCoordinates: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x30100093,
            "FD",
            "3",
            "1C",
            name="RT Treatment Source Coordinates",
            when=(
                "and",
                ("value", 0x300A0639, 0, "in", ("NO",)),
                (
                    "or",
                    ("compare", 0x300A0600, 1, "==", 1),
                    (
                        "unknown",
                        "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                    ),
                ),
            ),
        ),
    ] = None
    """RT Treatment Source Coordinates (3010,0093): Type 1C, VR FD, VM 3. Required if RT Record Flag (300A,0639) is NO and the conditions in Section C.36.2.2.5.1.1 are satisfied. May be present if RT Record Flag (300A,0639) is YES and the conditions in Section C.36.2.2.5.1.1 are satisfied. Coordinates (x,y,z) in mm of the Radiation Source Coordinate System origin in the Equipment Coordinate System. Required if RT Record Flag (300A,0639) is NO and the conditions in Section C.36.2.2.5.1.1 are satisfied."""

    RadiationSourceCoordinateSystemYawAngle: Annotated[
        vr.FD | None,
        Attribute(
            0x30100094,
            "FD",
            "1",
            "1C",
            name="Radiation Source Coordinate System Yaw Angle",
            when=(
                "and",
                ("value", 0x300A0639, 0, "in", ("NO",)),
                (
                    "or",
                    ("compare", 0x300A0600, 1, "==", 1),
                    (
                        "unknown",
                        "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                    ),
                ),
            ),
        ),
    ] = None
    """Radiation Source Coordinate System Yaw Angle (3010,0094): Type 1C, VR FD, VM 1. Required if RT Record Flag (300A,0639) is NO and the conditions in Section C.36.2.2.5.1.1 are satisfied. May be present if RT Record Flag (300A,0639) is YES and the conditions in Section C.36.2.2.5.1.1 are satisfied. Rotation angle in degrees of the Radiation Source Coordinate System about the z-axis of the Equipment Coordinate System, see Section C.36.12.2.2."""

    RadiationSourceCoordinateSystemRollAngle: Annotated[
        vr.FD | None,
        Attribute(
            0x30100095,
            "FD",
            "1",
            "1C",
            name="Radiation Source Coordinate System Roll Angle",
            when=(
                "and",
                ("value", 0x300A0639, 0, "in", ("NO",)),
                (
                    "or",
                    ("compare", 0x300A0600, 1, "==", 1),
                    (
                        "unknown",
                        "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                    ),
                ),
            ),
        ),
    ] = None
    """Radiation Source Coordinate System Roll Angle (3010,0095): Type 1C, VR FD, VM 1. Required if RT Record Flag (300A,0639) is NO and the conditions in Section C.36.2.2.5.1.1 are satisfied. May be present if RT Record Flag (300A,0639) is YES and the conditions in Section C.36.2.2.5.1.1 are satisfied. Rotation angle in degrees of the Radiation Source Coordinate System about its y-axis after the Radiation Source Coordinate System Yaw Angle (3010,0094) is applied."""

    RadiationSourceCoordinateSystemPitchAngle: Annotated[
        vr.FD | None,
        Attribute(
            0x30100096,
            "FD",
            "1",
            "1C",
            name="Radiation Source Coordinate System Pitch Angle",
            when=(
                "and",
                ("value", 0x300A0639, 0, "in", ("NO",)),
                (
                    "or",
                    ("compare", 0x300A0600, 1, "==", 1),
                    (
                        "unknown",
                        "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                    ),
                ),
            ),
        ),
    ] = None
    """Radiation Source Coordinate System Pitch Angle (3010,0096): Type 1C, VR FD, VM 1. Required if RT Record Flag (300A,0639) is NO and the conditions in Section C.36.2.2.5.1.1 are satisfied. May be present if RT Record Flag (300A,0639) is YES and the conditions in Section C.36.2.2.5.1.1 are satisfied. Rotation angle in degrees of the Radiation Source Coordinate System about its x-axis after the Radiation Source Coordinate System Roll Angle (3010,0095) is applied."""

    NumberOfRTBeamLimitingDeviceOpenings: Annotated[
        vr.US | None,
        Attribute(
            0x300A0657,
            "US",
            "1",
            "1C",
            name="Number of RT Beam Limiting Device Openings",
            when=("and", ("present", 0x300A0641), ("compare", 0x300A0641, 1, "!=", 0)),
        ),
    ] = None
    """Number of RT Beam Limiting Device Openings (300A,0657): Type 1C, VR US, VM 1. Required if Number of RT Beam Limiting Devices (300A,0641) is present and has a non-zero value. Number of RT Beam Limiting Device Openings in the RT Beam Limiting Device Opening Sequence (300A,0656). Required if Number of RT Beam Limiting Devices (300A,0641) is present and has a non-zero value."""

    RTBeamLimitingDeviceOpeningSequence: Annotated[
        list[_RTBeamLimitingDeviceOpeningDefinitionItem] | None,
        Attribute(
            0x300A0656,
            "SQ",
            "1",
            "1C",
            name="RT Beam Limiting Device Opening Sequence",
            when=(
                "and",
                ("present", 0x300A0657),
                ("compare", 0x300A0657, 1, "!=", 0),
                (
                    "or",
                    ("compare", 0x300A0600, 1, "==", 1),
                    (
                        "unknown",
                        "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                    ),
                ),
            ),
        ),
    ] = None
    """RT Beam Limiting Device Opening Sequence (300A,0656): Type 1C, VR SQ, VM 1. Required if Number of RT Beam Limiting Device Openings (300A,0657) is present and has a non-zero value and the conditions in Section C.36.2.2.5.1.1 are satisfied. Beam limiting device (collimator) settings defining the opening for the current Control Point. Required if Number of RT Beam Limiting Device Openings (300A,0657) is present and has a non-zero value and the conditions in Section C.36.2.2.5.1..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeamAreaLimitSequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeliveryRateUnitSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OutlineShapeType": ("dicomodel.enums.outline_shape_type", "OutlineShapeType"),
    "RTBeamDelimiterGeometrySequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "RTBeamLimitingDeviceOpeningSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
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
