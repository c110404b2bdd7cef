"""Item class ProjectionImagingAcquisitionParameterSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.imaging_aperture_specification_type import (
        ImagingApertureSpecificationTypeValue as _ImagingApertureSpecificationTypeValue,
    )
    from dicomodel.enums.imaging_source_location_specification_type import (
        ImagingSourceLocationSpecificationTypeValue as _ImagingSourceLocationSpecificationTypeValue,
    )
    from dicomodel.items.imaging_device_location_parameter_sequence_item import (
        ImagingDeviceLocationParameterSequenceItem as _ImagingDeviceLocationParameterSequenceItem,
    )
    from dicomodel.items.matrix_based_rt_imaging_geometry_item import (
        MatrixBasedRTImagingGeometryItem as _MatrixBasedRTImagingGeometryItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_sequence_item import (
        RTBeamLimitingDeviceOpeningSequenceItem as _RTBeamLimitingDeviceOpeningSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImagingApertureSpecificationTypeValue = Lazy(
        "dicomodel.enums.imaging_aperture_specification_type",
        "ImagingApertureSpecificationTypeValue",
    )
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
    _RTBeamLimitingDeviceOpeningSequenceItem = Lazy(
        "dicomodel.items.rt_beam_limiting_device_opening_sequence_item",
        "RTBeamLimitingDeviceOpeningSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.imaging_aperture_specification_type import (
        ImagingApertureSpecificationType as ImagingApertureSpecificationType,
    )
    from dicomodel.enums.imaging_source_location_specification_type import (
        ImagingSourceLocationSpecificationType as ImagingSourceLocationSpecificationType,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
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
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as RTBeamLimitingDeviceOpeningSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_sequence_item import (
        RTBeamLimitingDeviceOpeningSequenceItem as ImagingApertureSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DevicePositionParameterSequenceItem",
    "EquivalentCodeSequenceItem",
    "ImagingApertureSequenceItem",
    "ImagingApertureSpecificationType",
    "ImagingDeviceLocationMatrixSequenceItem",
    "ImagingDeviceLocationParameterSequenceItem",
    "ImagingSourceLocationSpecificationType",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OutlineShapeType",
    "ProjectionImagingAcquisitionParameterSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceOpeningSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class ProjectionImagingAcquisitionParameterSequenceItem(DicomModel):
    """An item of Projection Imaging Acquisition Parameter Sequence (3002,0125), as first defined in RT Patient Position Acquisition Instruction Module Attributes (C.36.29-1)."""

    dicom_name: ClassVar[str] = "Projection Imaging Acquisition Parameter Sequence"
    dicom_table: ClassVar[str] = "table_C.36.29-1"

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

    ImagingApertureSpecificationType: Annotated[
        _ImagingApertureSpecificationTypeValue | None,
        Attribute(
            0x30020115,
            "CS",
            "1",
            "3",
            name="Imaging Aperture Specification Type",
            enumerated=((0, ("OPEN", "BEAM", "RELATIVE_TO_BEAM", "CUSTOM")),),
        ),
    ] = None
    """Imaging Aperture Specification Type (3002,0115): Type 3, VR CS, VM 1. Type of specification of field aperture for imaging. Enumerated Values: OPEN The aperture is specified to be fully opened."""

    ImagingSourceToBeamModifierDefinitionPlaneDistance: Annotated[
        vr.FD | None,
        Attribute(
            0x3002012D,
            "FD",
            "1",
            "1C",
            name="Imaging Source to Beam Modifier Definition Plane Distance",
            when=("value", 0x30020115, 0, "not_in", ("OPEN",)),
        ),
    ] = None
    """Imaging Source to Beam Modifier Definition Plane Distance (3002,012D): Type 1C, VR FD, VM 1. Required ifImaging Aperture Specification Type (3002,0115) does not have a value of OPEN. Distance in mm from the Radiation Source to the origin of the Base Beam Modifier System. Required ifImaging Aperture Specification Type (3002,0115) does not have a value of OPEN."""

    ReferencedRadiationRTControlPointIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300A073B,
            "US",
            "1",
            "1C",
            name="Referenced Radiation RT Control Point Index",
            when=("value", 0x30020115, 0, "in", ("BEAM", "RELATIVE_TO_BEAM")),
        ),
    ] = None
    """Referenced Radiation RT Control Point Index (300A,073B): Type 1C, VR US, VM 1. Required if Imaging Aperture Specification Type (3002,0115) has a value of BEAM or RELATIVE_TO_BEAM. Index of the RT Control Point of the RT Radiation SOP Instance referenced in the Referenced Baseline Parameters RT Radiation Instance Sequence (3002,011E) which provides the basis for the aperture definition of the imaging source."""

    ImagingApertureSequence: Annotated[
        list[_RTBeamLimitingDeviceOpeningSequenceItem] | None,
        Attribute(
            0x30020114,
            "SQ",
            "1",
            "1C",
            name="Imaging Aperture Sequence",
            when=("value", 0x30020115, 0, "in", ("CUSTOM", "RELATIVE_TO_BEAM")),
        ),
    ] = None
    """Imaging Aperture Sequence (3002,0114): Type 1C, VR SQ, VM 1. Required if Imaging Aperture Specification Type (3002,0115) has a value of CUSTOM or RELATIVE_TO_BEAM. Parameters describing the aperture of the imaging source. If Imaging Aperture Specification Type (3002,0115) has a value of CUSTOM, the provided parameter values fully specify the aperture."""


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
    "ImagingApertureSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_opening_sequence_item",
        "RTBeamLimitingDeviceOpeningSequenceItem",
    ),
    "ImagingApertureSpecificationType": (
        "dicomodel.enums.imaging_aperture_specification_type",
        "ImagingApertureSpecificationType",
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
    "OutlineShapeType": ("dicomodel.enums.outline_shape_type", "OutlineShapeType"),
    "RTBeamDelimiterGeometrySequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "RTBeamLimitingDeviceOpeningSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
    ),
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
