"""RT Projection Imaging Request Geometry Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.imaging_source_location_specification_type import (
        ImagingSourceLocationSpecificationTypeValue as _ImagingSourceLocationSpecificationTypeValue,
    )
    from dicomodel.items.imaging_device_location_parameter_sequence_item import (
        ImagingDeviceLocationParameterSequenceItem as _ImagingDeviceLocationParameterSequenceItem,
    )
    from dicomodel.items.matrix_based_rt_imaging_geometry_item import (
        MatrixBasedRTImagingGeometryItem as _MatrixBasedRTImagingGeometryItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImagingDeviceLocationParameterSequenceItem = Lazy(
        "dicomodel.items.imaging_device_location_parameter_sequence_item",
        "ImagingDeviceLocationParameterSequenceItem",
    )
    _ImagingSourceLocationSpecificationTypeValue = Lazy(
        "dicomodel.enums.imaging_source_location_specification_type",
        "ImagingSourceLocationSpecificationTypeValue",
    )
    _MatrixBasedRTImagingGeometryItem = Lazy(
        "dicomodel.items.matrix_based_rt_imaging_geometry_item", "MatrixBasedRTImagingGeometryItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.imaging_source_location_specification_type import (
        ImagingSourceLocationSpecificationType as ImagingSourceLocationSpecificationType,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as DevicePositionParameterSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.imaging_device_location_parameter_sequence_item import (
        ImagingDeviceLocationParameterSequenceItem as ImagingDeviceLocationParameterSequenceItem,
    )
    from dicomodel.items.matrix_based_rt_imaging_geometry_item import (
        MatrixBasedRTImagingGeometryItem as ImagingDeviceLocationMatrixSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DevicePositionParameterSequenceItem",
    "EquivalentCodeSequenceItem",
    "ImagingDeviceLocationMatrixSequenceItem",
    "ImagingDeviceLocationParameterSequenceItem",
    "ImagingSourceLocationSpecificationType",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "RTProjectionImagingRequestGeometryMacro",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class RTProjectionImagingRequestGeometryMacro(DicomModel):
    """RT Projection Imaging Request Geometry Macro Attributes (PS3.3 Table C.36.2.4.1-1)."""

    dicom_name: ClassVar[str] = "RT Projection Imaging Request Geometry"
    dicom_table: ClassVar[str] = "table_C.36.2.4.1-1"

    ImagingSourceLocationSpecificationType: Annotated[
        _ImagingSourceLocationSpecificationTypeValue,
        Attribute(
            0x30020111,
            "CS",
            "1",
            "1",
            name="Imaging Source Location Specification Type",
            enumerated=((0, ("ABSOLUTE_MATRIX", "ABSOLUTE_PARAMS", "RELATIVE_PARAMS")),),
        ),
    ]
    """Imaging Source Location Specification Type (3002,0111): Type 1, VR CS, VM 1. The method of specifying the location and orientation of the imaging source. Enumerated Values: ABSOLUTE_MATRIX Specified using absolute values represented by matrices describing the Imaging Source Coordinate System with respect to the Equi..."""

    ImagingDeviceLocationMatrixSequence: Annotated[
        list[_MatrixBasedRTImagingGeometryItem] | None,
        Attribute(
            0x30020112,
            "SQ",
            "1",
            "1C",
            name="Imaging Device Location Matrix Sequence",
            when=(
                "and",
                ("present", 0x30020111),
                ("value", 0x30020111, 0, "in", ("ABSOLUTE_MATRIX",)),
            ),
        ),
    ] = None
    """Imaging Device Location Matrix Sequence (3002,0112): Type 1C, VR SQ, VM 1. Required if Imaging Source Location Specification Type (3002,0111) is present and has a value of ABSOLUTE_MATRIX. Parameters describing the location of the Imaging Source and the Image Receptor by the means of matrices. Required if Imaging Source Location Specification Type (3002,0111) is present and has a value of ABSOLUTE_MATRIX."""

    ImagingDeviceLocationParameterSequence: Annotated[
        list[_ImagingDeviceLocationParameterSequenceItem] | None,
        Attribute(
            0x30020113,
            "SQ",
            "1",
            "1C",
            name="Imaging Device Location Parameter Sequence",
            when=(
                "and",
                ("present", 0x30020111),
                ("value", 0x30020111, 0, "in", ("ABSOLUTE_PARAMS", "RELATIVE_PARAMS")),
            ),
        ),
    ] = None
    """Imaging Device Location Parameter Sequence (3002,0113): Type 1C, VR SQ, VM 1. Required if Imaging Source Location Specification Type (3002,0111) is present and has a value of ABSOLUTE_PARAMS or RELATIVE_PARAMS. Parameters describing the location and orientation of the image receptor by the means of parameters. Required if Imaging Source Location Specification Type (3002,0111) is present and has a value of ABSOLUTE_PARAMS or RELATIVE_PARAMS."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DevicePositionParameterSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ImagingDeviceLocationMatrixSequenceItem": (
        "dicomodel.items.matrix_based_rt_imaging_geometry_item",
        "MatrixBasedRTImagingGeometryItem",
    ),
    "ImagingDeviceLocationParameterSequenceItem": (
        "dicomodel.items.imaging_device_location_parameter_sequence_item",
        "ImagingDeviceLocationParameterSequenceItem",
    ),
    "ImagingSourceLocationSpecificationType": (
        "dicomodel.enums.imaging_source_location_specification_type",
        "ImagingSourceLocationSpecificationType",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
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
