"""Patient to Equipment Relationship Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.patient_location_coordinates_sequence_item import (
        PatientLocationCoordinatesSequenceItem as _PatientLocationCoordinatesSequenceItem,
    )
    from dicomodel.items.patient_support_position_item import (
        PatientSupportPositionItem as _PatientSupportPositionItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PatientLocationCoordinatesSequenceItem = Lazy(
        "dicomodel.items.patient_location_coordinates_sequence_item",
        "PatientLocationCoordinatesSequenceItem",
    )
    _PatientSupportPositionItem = Lazy(
        "dicomodel.items.patient_support_position_item", "PatientSupportPositionItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.patient_support_position_specification_method import (
        PatientSupportPositionSpecificationMethod as PatientSupportPositionSpecificationMethod,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientLocationCoordinatesCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.patient_location_coordinates_sequence_item import (
        PatientLocationCoordinatesSequenceItem as PatientLocationCoordinatesSequenceItem,
    )
    from dicomodel.items.patient_support_position_device_parameter_sequence_item import (
        PatientSupportPositionDeviceParameterSequenceItem as PatientSupportPositionDeviceParameterSequenceItem,
    )
    from dicomodel.items.patient_support_position_item import (
        PatientSupportPositionItem as PatientSupportPositionSequenceItem,
    )
    from dicomodel.items.patient_support_position_parameter_sequence_item import (
        PatientSupportPositionParameterSequenceItem as PatientSupportPositionParameterSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PatientLocationCoordinatesCodeSequenceItem",
    "PatientLocationCoordinatesSequenceItem",
    "PatientSupportPositionDeviceParameterSequenceItem",
    "PatientSupportPositionParameterSequenceItem",
    "PatientSupportPositionSequenceItem",
    "PatientSupportPositionSpecificationMethod",
    "PatientToEquipmentRelationshipMacro",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class PatientToEquipmentRelationshipMacro(DicomModel):
    """Patient to Equipment Relationship Macro Attributes (PS3.3 Table 10.39-1)."""

    dicom_name: ClassVar[str] = "Patient to Equipment Relationship"
    dicom_table: ClassVar[str] = "table_10.39-1"

    ImageToEquipmentMappingMatrix: Annotated[
        list[vr.DS],
        Attribute(0x00289520, "DS", "16", "1", name="Image to Equipment Mapping Matrix"),
    ]
    """Image to Equipment Mapping Matrix (0028,9520): Type 1, VR DS, VM 16. A rigid, homogeneous 4x4 transformation matrix that maps the patient coordinate space in the Frame of Reference used for the patient model to the coordinate system defined by the equipment."""

    FrameOfReferenceTransformationComment: Annotated[
        vr.LO | None,
        Attribute(0x300600C8, "LO", "1", "3", name="Frame of Reference Transformation Comment"),
    ] = None
    """Frame of Reference Transformation Comment (3006,00C8): Type 3, VR LO, VM 1. Comments entered by a human operator about the relationship between the patient frame of reference and the equipment. For display purposes only, shall not be used for other purposes."""

    PatientLocationCoordinatesSequence: Annotated[
        list[_PatientLocationCoordinatesSequenceItem] | None,
        Attribute(0x300600C9, "SQ", "1", "2", name="Patient Location Coordinates Sequence"),
    ]
    """Patient Location Coordinates Sequence (3006,00C9): Type 2, VR SQ, VM 1. Specific points in the patient coordinate system which further characterize the position of the patient with respect to the equipment. Zero or more Items shall be included in this Sequence."""

    PatientSupportPositionSequence: Annotated[
        list[_PatientSupportPositionItem] | None,
        Attribute(0x300600CB, "SQ", "1", "2", name="Patient Support Position Sequence"),
    ]
    """Patient Support Position Sequence (3006,00CB): Type 2, VR SQ, VM 1. Actual Patient Support Position parameters. Shall be consistent with the Image to Equipment Mapping Matrix (0028,9520). See Section 10.39.1.2. Zero or one Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PatientLocationCoordinatesCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientLocationCoordinatesSequenceItem": (
        "dicomodel.items.patient_location_coordinates_sequence_item",
        "PatientLocationCoordinatesSequenceItem",
    ),
    "PatientSupportPositionDeviceParameterSequenceItem": (
        "dicomodel.items.patient_support_position_device_parameter_sequence_item",
        "PatientSupportPositionDeviceParameterSequenceItem",
    ),
    "PatientSupportPositionParameterSequenceItem": (
        "dicomodel.items.patient_support_position_parameter_sequence_item",
        "PatientSupportPositionParameterSequenceItem",
    ),
    "PatientSupportPositionSequenceItem": (
        "dicomodel.items.patient_support_position_item",
        "PatientSupportPositionItem",
    ),
    "PatientSupportPositionSpecificationMethod": (
        "dicomodel.enums.patient_support_position_specification_method",
        "PatientSupportPositionSpecificationMethod",
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
