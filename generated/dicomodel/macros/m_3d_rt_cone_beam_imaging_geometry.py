"""3D RT Cone-Beam Imaging Geometry Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.detector_positioning_type import (
        DetectorPositioningTypeValue as _DetectorPositioningTypeValue,
    )
    from dicomodel.enums.scan_arc_type import ScanArcTypeValue as _ScanArcTypeValue
    from dicomodel.items.attribute_value_constraint_item import (
        AttributeValueConstraintItem as _AttributeValueConstraintItem,
    )
    from dicomodel.items.parameterized_rt_imaging_geometry_item import (
        ParameterizedRTImagingGeometryItem as _ParameterizedRTImagingGeometryItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AttributeValueConstraintItem = Lazy(
        "dicomodel.items.attribute_value_constraint_item", "AttributeValueConstraintItem"
    )
    _DetectorPositioningTypeValue = Lazy(
        "dicomodel.enums.detector_positioning_type", "DetectorPositioningTypeValue"
    )
    _ParameterizedRTImagingGeometryItem = Lazy(
        "dicomodel.items.parameterized_rt_imaging_geometry_item",
        "ParameterizedRTImagingGeometryItem",
    )
    _ScanArcTypeValue = Lazy("dicomodel.enums.scan_arc_type", "ScanArcTypeValue")

if TYPE_CHECKING:
    from dicomodel.enums.constraint_type import ConstraintType as ConstraintType
    from dicomodel.enums.constraint_violation_significance import (
        ConstraintViolationSignificance as ConstraintViolationSignificance,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.detector_positioning_type import (
        DetectorPositioningType as DetectorPositioningType,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.scan_arc_type import ScanArcType as ScanArcType
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.attribute_value_constraint_item import (
        AttributeValueConstraintItem as ParametersSpecificationSequenceItem,
    )
    from dicomodel.items.attribute_value_item import (
        AttributeValueItem as ConstraintValueSequenceItem,
    )
    from dicomodel.items.attribute_value_item import (
        AttributeValueItem as RecommendedDefaultValueSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as SelectorCodeSequenceValueItem
    from dicomodel.items.content_item import ContentItem as DevicePositionParameterSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.imaging_source_position_sequence_item_rt_projection_imaging_request_geometry import (
        ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry as ImageReceptorPositionSequenceItem,
    )
    from dicomodel.items.imaging_source_position_sequence_item_rt_projection_imaging_request_geometry import (
        ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry as ImagingSourcePositionSequenceItem,
    )
    from dicomodel.items.parameterized_rt_imaging_geometry_item import (
        ParameterizedRTImagingGeometryItem as ScanStartPositionSequenceItem,
    )
    from dicomodel.items.parameterized_rt_imaging_geometry_item import (
        ParameterizedRTImagingGeometryItem as ScanStopPositionSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ConstraintType",
    "ConstraintValueSequenceItem",
    "ConstraintViolationSignificance",
    "ContextGroupExtensionFlag",
    "DetectorPositioningType",
    "DevicePositionParameterSequenceItem",
    "EquivalentCodeSequenceItem",
    "ImageReceptorPositionSequenceItem",
    "ImagingSourcePositionSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ParametersSpecificationSequenceItem",
    "RecommendedDefaultValueSequenceItem",
    "ReferencedSOPSequenceItem",
    "ScanArcType",
    "ScanStartPositionSequenceItem",
    "ScanStopPositionSequenceItem",
    "SelectorCodeSequenceValueItem",
    "ThreeDRTConeBeamImagingGeometryMacro",
    "ValueType",
]


class ThreeDRTConeBeamImagingGeometryMacro(DicomModel):
    """3D RT Cone-Beam Imaging Geometry Macro Attributes (PS3.3 Table C.36.2.4.5-1)."""

    dicom_name: ClassVar[str] = "3D RT Cone-Beam Imaging Geometry"
    dicom_table: ClassVar[str] = "table_C.36.2.4.5-1"

    ScanArcType: Annotated[
        _ScanArcTypeValue | None,
        Attribute(
            0x3002012E,
            "CS",
            "1",
            "3",
            name="Scan Arc Type",
            enumerated=((0, ("FULL_ARC", "HALF_ARC", "CUSTOM_ARC")),),
        ),
    ] = None
    """Scan Arc Type (3002,012E): Type 3, VR CS, VM 1. Categorization of the amount of rotation of the scan. Enumerated Values: FULL_ARC 360 deg HALF_ARC 180 deg CUSTOM_ARC user defined scan range"""

    ScanStartPositionSequence: Annotated[
        list[_ParameterizedRTImagingGeometryItem],
        Attribute(0x3002012B, "SQ", "1", "1", name="Scan Start Position Sequence"),
    ]
    """Scan Start Position Sequence (3002,012B): Type 1, VR SQ, VM 1. Start Position of the 3D RT Cone Beam Radiation Imaging Acquisition. The angle is a Continuous Rotation Angle; see Section C.36.1.1.5. Only a single Item shall be included in this Sequence."""

    ScanStopPositionSequence: Annotated[
        list[_ParameterizedRTImagingGeometryItem],
        Attribute(0x3002012C, "SQ", "1", "1", name="Scan Stop Position Sequence"),
    ]
    """Scan Stop Position Sequence (3002,012C): Type 1, VR SQ, VM 1. Stop Position of the 3D RT Cone Beam Radiation Imaging Acquisition. The angle is a Continuous Rotation Angle; see Section C.36.1.1.5. Only a single Item shall be included in this Sequence."""

    DetectorPositioningType: Annotated[
        _DetectorPositioningTypeValue | None,
        Attribute(
            0x3002012F,
            "CS",
            "1",
            "3",
            name="Detector Positioning Type",
            enumerated=((0, ("CENTERED", "SHIFTED")),),
        ),
    ] = None
    """Detector Positioning Type (3002,012F): Type 3, VR CS, VM 1. Fan type of acquisition. Enumerated Values: CENTERED Full fan, detector is centered, resulting in a normal field of view. SHIFTED Half fan, detector is laterally shifted by half of the detector size to increase the field of view."""

    ParametersSpecificationSequence: Annotated[
        list[_AttributeValueConstraintItem] | None,
        Attribute(0x00189913, "SQ", "1", "3", name="Parameters Specification Sequence"),
    ] = None
    """Parameters Specification Sequence (0018,9913): Type 3, VR SQ, VM 1. Acquisition parameters. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConstraintType": ("dicomodel.enums.constraint_type", "ConstraintType"),
    "ConstraintValueSequenceItem": ("dicomodel.items.attribute_value_item", "AttributeValueItem"),
    "ConstraintViolationSignificance": (
        "dicomodel.enums.constraint_violation_significance",
        "ConstraintViolationSignificance",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DetectorPositioningType": (
        "dicomodel.enums.detector_positioning_type",
        "DetectorPositioningType",
    ),
    "DevicePositionParameterSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ImageReceptorPositionSequenceItem": (
        "dicomodel.items.imaging_source_position_sequence_item_rt_projection_imaging_request_geometry",
        "ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry",
    ),
    "ImagingSourcePositionSequenceItem": (
        "dicomodel.items.imaging_source_position_sequence_item_rt_projection_imaging_request_geometry",
        "ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ParametersSpecificationSequenceItem": (
        "dicomodel.items.attribute_value_constraint_item",
        "AttributeValueConstraintItem",
    ),
    "RecommendedDefaultValueSequenceItem": (
        "dicomodel.items.attribute_value_item",
        "AttributeValueItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ScanArcType": ("dicomodel.enums.scan_arc_type", "ScanArcType"),
    "ScanStartPositionSequenceItem": (
        "dicomodel.items.parameterized_rt_imaging_geometry_item",
        "ParameterizedRTImagingGeometryItem",
    ),
    "ScanStopPositionSequenceItem": (
        "dicomodel.items.parameterized_rt_imaging_geometry_item",
        "ParameterizedRTImagingGeometryItem",
    ),
    "SelectorCodeSequenceValueItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
