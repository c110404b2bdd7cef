"""RT Radiation Common Base Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.rt_radiation_physical_and_geometric_content_detail_flag import (
        RTRadiationPhysicalAndGeometricContentDetailFlagValue as _RTRadiationPhysicalAndGeometricContentDetailFlagValue,
    )
    from dicomodel.enums.rt_record_flag import RTRecordFlagValue as _RTRecordFlagValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.definition_source_sequence_item_rt_radiation_common_base import (
        DefinitionSourceSequenceItemRTRadiationCommonBase as _DefinitionSourceSequenceItemRTRadiationCommonBase,
    )
    from dicomodel.items.patient_orientation_code_sequence_item import (
        PatientOrientationCodeSequenceItem as _PatientOrientationCodeSequenceItem,
    )
    from dicomodel.items.rt_tolerance_set_item import RTToleranceSetItem as _RTToleranceSetItem
    from dicomodel.items.treatment_position_sequence_item import (
        TreatmentPositionSequenceItem as _TreatmentPositionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DefinitionSourceSequenceItemRTRadiationCommonBase = Lazy(
        "dicomodel.items.definition_source_sequence_item_rt_radiation_common_base",
        "DefinitionSourceSequenceItemRTRadiationCommonBase",
    )
    _PatientOrientationCodeSequenceItem = Lazy(
        "dicomodel.items.patient_orientation_code_sequence_item",
        "PatientOrientationCodeSequenceItem",
    )
    _RTRadiationPhysicalAndGeometricContentDetailFlagValue = Lazy(
        "dicomodel.enums.rt_radiation_physical_and_geometric_content_detail_flag",
        "RTRadiationPhysicalAndGeometricContentDetailFlagValue",
    )
    _RTRecordFlagValue = Lazy("dicomodel.enums.rt_record_flag", "RTRecordFlagValue")
    _RTToleranceSetItem = Lazy("dicomodel.items.rt_tolerance_set_item", "RTToleranceSetItem")
    _TreatmentPositionSequenceItem = Lazy(
        "dicomodel.items.treatment_position_sequence_item", "TreatmentPositionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.patient_support_position_specification_method import (
        PatientSupportPositionSpecificationMethod as PatientSupportPositionSpecificationMethod,
    )
    from dicomodel.enums.rt_radiation_physical_and_geometric_content_detail_flag import (
        RTRadiationPhysicalAndGeometricContentDetailFlag as RTRadiationPhysicalAndGeometricContentDetailFlag,
    )
    from dicomodel.enums.rt_record_flag import RTRecordFlag as RTRecordFlag
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.attribute_tolerance_values_sequence_item import (
        AttributeToleranceValuesSequenceItem as AttributeToleranceValuesSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientEquipmentRelationshipCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientLocationCoordinatesCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientOrientationModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RTTreatmentTechniqueCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TreatmentMachineSpecialModeCodeSequenceItem,
    )
    from dicomodel.items.definition_source_sequence_item_rt_radiation_common_base import (
        DefinitionSourceSequenceItemRTRadiationCommonBase as DefinitionSourceSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.patient_location_coordinates_sequence_item import (
        PatientLocationCoordinatesSequenceItem as PatientLocationCoordinatesSequenceItem,
    )
    from dicomodel.items.patient_orientation_code_sequence_item import (
        PatientOrientationCodeSequenceItem as PatientOrientationCodeSequenceItem,
    )
    from dicomodel.items.patient_support_position_device_parameter_sequence_item import (
        PatientSupportPositionDeviceParameterSequenceItem as PatientSupportPositionDeviceParameterSequenceItem,
    )
    from dicomodel.items.patient_support_position_device_tolerance_sequence_item import (
        PatientSupportPositionDeviceToleranceSequenceItem as PatientSupportPositionDeviceToleranceSequenceItem,
    )
    from dicomodel.items.patient_support_position_item import (
        PatientSupportPositionItem as PatientSupportPositionSequenceItem,
    )
    from dicomodel.items.patient_support_position_parameter_sequence_item import (
        PatientSupportPositionParameterSequenceItem as PatientSupportPositionParameterSequenceItem,
    )
    from dicomodel.items.patient_support_position_tolerance_sequence_item import (
        PatientSupportPositionToleranceSequenceItem as PatientSupportPositionToleranceSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.rt_tolerance_set_item import (
        RTToleranceSetItem as RTToleranceSetSequenceItem,
    )
    from dicomodel.items.treatment_position_sequence_item import (
        TreatmentPositionSequenceItem as TreatmentPositionSequenceItem,
    )

__all__ = [
    "AttributeToleranceValuesSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DefinitionSourceSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PatientEquipmentRelationshipCodeSequenceItem",
    "PatientLocationCoordinatesCodeSequenceItem",
    "PatientLocationCoordinatesSequenceItem",
    "PatientOrientationCodeSequenceItem",
    "PatientOrientationModifierCodeSequenceItem",
    "PatientSupportPositionDeviceParameterSequenceItem",
    "PatientSupportPositionDeviceToleranceSequenceItem",
    "PatientSupportPositionParameterSequenceItem",
    "PatientSupportPositionSequenceItem",
    "PatientSupportPositionSpecificationMethod",
    "PatientSupportPositionToleranceSequenceItem",
    "RTRadiationCommonBaseMacro",
    "RTRadiationPhysicalAndGeometricContentDetailFlag",
    "RTRecordFlag",
    "RTToleranceSetSequenceItem",
    "RTTreatmentTechniqueCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "TreatmentMachineSpecialModeCodeSequenceItem",
    "TreatmentPositionSequenceItem",
    "ValueType",
]


class RTRadiationCommonBaseMacro(DicomModel):
    """RT Radiation Common Base Macro Attributes (PS3.3 Table C.36.2.1.6-1)."""

    dicom_name: ClassVar[str] = "RT Radiation Common Base"
    dicom_table: ClassVar[str] = "table_C.36.2.1.6-1"

    RTRadiationPhysicalAndGeometricContentDetailFlag: Annotated[
        _RTRadiationPhysicalAndGeometricContentDetailFlagValue,
        Attribute(
            0x300A0638,
            "CS",
            "1",
            "1",
            name="RT Radiation Physical and Geometric Content Detail Flag",
            enumerated=((0, ("FULL", "IDENT_ONLY", "GEOMETRY_ONLY")),),
        ),
    ]
    """RT Radiation Physical and Geometric Content Detail Flag (300A,0638): Type 1, VR CS, VM 1. The level of detail of content within this SOP Instance. Enumerated Values: FULL The physical and geometric parameters of all devices are fully defined and dosimetric information is present."""

    RTRecordFlag: Annotated[
        _RTRecordFlagValue,
        Attribute(
            0x300A0639, "CS", "1", "1", name="RT Record Flag", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """RT Record Flag (300A,0639): Type 1, VR CS, VM 1. Whether or not device parameters about actual delivery of treatment to a patient have been recorded. Enumerated Values: YES Values in this Instance are a record of a delivered treatment, based on e.g., read-outs or measurements."""

    RTTreatmentTechniqueCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x30100080,
            "SQ",
            "1",
            "1C",
            name="RT Treatment Technique Code Sequence",
            when=(
                "unknown",
                "names no attribute: the SOP Class of the SOP Instance including this Module is not RT Radiation Salvage Record Storage ( 1.2.840.10008.5.1.4.1.1.481.17 )",
            ),
            otherwise="may",
        ),
    ] = None
    """RT Treatment Technique Code Sequence (3010,0080): Type 1C, VR SQ, VM 1. Required if the SOP Class of the SOP Instance including this Module is not RT Radiation Salvage Record Storage (\"1.2.840.10008.5.1.4.1.1.481.17\"). May be present otherwise. Type of treatment technique. Only a single Item shall be included in this Sequence. Required if the SOP Class of the SOP Instance including this Module is not RT Radiation Salvage Record Storage (\"1.2.840.10008.5.1.4.1.1.481.17\")."""

    PatientOrientationCodeSequence: Annotated[
        list[_PatientOrientationCodeSequenceItem],
        Attribute(0x00540410, "SQ", "1", "1", name="Patient Orientation Code Sequence"),
    ]
    """Patient Orientation Code Sequence (0054,0410): Type 1, VR SQ, VM 1. Sequence that describes the orientation of the Patient with respect to gravity. See Section C.8.4.6.1.1 and Section C.8.11.5.1.2 for further explanation. Only a single Item shall be included in this Sequence."""

    PatientEquipmentRelationshipCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x30100030, "SQ", "1", "1", name="Patient Equipment Relationship Code Sequence"),
    ]
    """Patient Equipment Relationship Code Sequence (3010,0030): Type 1, VR SQ, VM 1. Description of the orientation of the Patient with respect to the equipment. See Section C.36.6.1.8 for further explanation. Only a single Item shall be included in this Sequence."""

    TreatmentPositionSequence: Annotated[
        list[_TreatmentPositionSequenceItem] | None,
        Attribute(
            0x300A063F,
            "SQ",
            "1",
            "1C",
            name="Treatment Position Sequence",
            when=(
                "and",
                ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.481.17",))),
                ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.481.23",))),
                ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.481.24",))),
            ),
            otherwise="may",
        ),
    ] = None
    """Treatment Position Sequence (300A,063F): Type 1C, VR SQ, VM 1. Required if SOP Class UID is not RT Radiation Salvage Record Storage (\"1.2.840.10008.5.1.4.1.1.481.17\"), and SOP Class UID is not Enhanced RT Image (“1.2.840.10008.5.1.4.1.1.481.23”), and SOP Class UID is not Enhanced Continuous RT Image (“1.2.840.10008.5.1.4.1.1.481.24”). May be present otherwise. Patient positions during treatment, being prescribed or recorded. Required if SOP Class UID is not RT Radiation Salvage Record Storage (\"1.2.840.10008.5.1.4.1.1.481.17\"), and SOP Class UID is not Enhanced RT Image (“1.2.840.10008.5.1.4.1.1...."""

    RTToleranceSetSequence: Annotated[
        list[_RTToleranceSetItem] | None,
        Attribute(0x300A0629, "SQ", "1", "3", name="RT Tolerance Set Sequence"),
    ] = None
    """RT Tolerance Set Sequence (300A,0629): Type 3, VR SQ, VM 1. A set of tolerance values to be applied to parameters used for delivery of the RT Radiation. Only a single Item is permitted in this Sequence."""

    TreatmentMachineSpecialModeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x300A0635,
            "SQ",
            "1",
            "1C",
            name="Treatment Machine Special Mode Code Sequence",
            when=(
                "unknown",
                "names no attribute: a special delivery mode is used for treatment and the SOP Class of the SOP Instance including this Module is not RT Radiation Salvage Record Storage ( 1.2.840.10008.5.1.4.1.1.481.17 )",
            ),
            otherwise="may",
        ),
    ] = None
    """Treatment Machine Special Mode Code Sequence (300A,0635): Type 1C, VR SQ, VM 1. Required if a special delivery mode is used for treatment and the SOP Class of the SOP Instance including this Module is not RT Radiation Salvage Record Storage (\"1.2.840.10008.5.1.4.1.1.481.17\"). May be present otherwise. A mode of operation on the treatment machine. Required if a special delivery mode is used for treatment and the SOP Class of the SOP Instance including this Module is not RT Radiation Salvage Record Storage (\"1.2.840.10008.5.1.4.1.1.481.17\"..."""

    DefinitionSourceSequence: Annotated[
        list[_DefinitionSourceSequenceItemRTRadiationCommonBase] | None,
        Attribute(0x00081156, "SQ", "1", "3", name="Definition Source Sequence"),
    ] = None
    """Definition Source Sequence (0008,1156): Type 3, VR SQ, VM 1. Instances containing the source of the ROI Contour information. Only a single Item is permitted in this Sequence. Permitted Referenced SOP Classes are defined in Section C.36.2.1.6.1.4. See Section C.8.8.13.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AttributeToleranceValuesSequenceItem": (
        "dicomodel.items.attribute_tolerance_values_sequence_item",
        "AttributeToleranceValuesSequenceItem",
    ),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DefinitionSourceSequenceItem": (
        "dicomodel.items.definition_source_sequence_item_rt_radiation_common_base",
        "DefinitionSourceSequenceItemRTRadiationCommonBase",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PatientEquipmentRelationshipCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientLocationCoordinatesCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientLocationCoordinatesSequenceItem": (
        "dicomodel.items.patient_location_coordinates_sequence_item",
        "PatientLocationCoordinatesSequenceItem",
    ),
    "PatientOrientationCodeSequenceItem": (
        "dicomodel.items.patient_orientation_code_sequence_item",
        "PatientOrientationCodeSequenceItem",
    ),
    "PatientOrientationModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientSupportPositionDeviceParameterSequenceItem": (
        "dicomodel.items.patient_support_position_device_parameter_sequence_item",
        "PatientSupportPositionDeviceParameterSequenceItem",
    ),
    "PatientSupportPositionDeviceToleranceSequenceItem": (
        "dicomodel.items.patient_support_position_device_tolerance_sequence_item",
        "PatientSupportPositionDeviceToleranceSequenceItem",
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
    "PatientSupportPositionToleranceSequenceItem": (
        "dicomodel.items.patient_support_position_tolerance_sequence_item",
        "PatientSupportPositionToleranceSequenceItem",
    ),
    "RTRadiationPhysicalAndGeometricContentDetailFlag": (
        "dicomodel.enums.rt_radiation_physical_and_geometric_content_detail_flag",
        "RTRadiationPhysicalAndGeometricContentDetailFlag",
    ),
    "RTRecordFlag": ("dicomodel.enums.rt_record_flag", "RTRecordFlag"),
    "RTToleranceSetSequenceItem": ("dicomodel.items.rt_tolerance_set_item", "RTToleranceSetItem"),
    "RTTreatmentTechniqueCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "TreatmentMachineSpecialModeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "TreatmentPositionSequenceItem": (
        "dicomodel.items.treatment_position_sequence_item",
        "TreatmentPositionSequenceItem",
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
