"""Enhanced RT Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.patient_orientation_code_sequence_item import (
        PatientOrientationCodeSequenceItem as _PatientOrientationCodeSequenceItem,
    )
    from dicomodel.items.treatment_position_sequence_item import (
        TreatmentPositionSequenceItem as _TreatmentPositionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _PatientOrientationCodeSequenceItem = Lazy(
        "dicomodel.items.patient_orientation_code_sequence_item",
        "PatientOrientationCodeSequenceItem",
    )
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
    from dicomodel.enums.value_type import ValueType as ValueType
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
        CodeSequenceItem as RadiationDosimeterUnitSequenceItem,
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
    from dicomodel.items.patient_support_position_item import (
        PatientSupportPositionItem as PatientSupportPositionSequenceItem,
    )
    from dicomodel.items.patient_support_position_parameter_sequence_item import (
        PatientSupportPositionParameterSequenceItem as PatientSupportPositionParameterSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.treatment_position_sequence_item import (
        TreatmentPositionSequenceItem as TreatmentPositionSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EnhancedRTImageModule",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PatientEquipmentRelationshipCodeSequenceItem",
    "PatientLocationCoordinatesCodeSequenceItem",
    "PatientLocationCoordinatesSequenceItem",
    "PatientOrientationCodeSequenceItem",
    "PatientOrientationModifierCodeSequenceItem",
    "PatientSupportPositionDeviceParameterSequenceItem",
    "PatientSupportPositionParameterSequenceItem",
    "PatientSupportPositionSequenceItem",
    "PatientSupportPositionSpecificationMethod",
    "RadiationDosimeterUnitSequenceItem",
    "ReferencedSOPSequenceItem",
    "TreatmentPositionSequenceItem",
    "ValueType",
]


class EnhancedRTImageModule(DicomModel):
    """Enhanced RT Image Module Attributes (PS3.3 Table C.36.27-1)."""

    dicom_name: ClassVar[str] = "Enhanced RT Image"
    dicom_table: ClassVar[str] = "table_C.36.27-1"

    EntityLongLabel: Annotated[
        vr.LO, Attribute(0x30100038, "LO", "1", "1", name="Entity Long Label")
    ]
    """Entity Long Label (3010,0038): Type 1, VR LO, VM 1. User-defined label for this entity. See Section 10.32.2.1."""

    EntityDescription: Annotated[
        vr.ST | None, Attribute(0x30100037, "ST", "1", "3", name="Entity Description")
    ] = None
    """Entity Description (3010,0037): Type 3, VR ST, VM 1. User-defined description for this entity. See Section 10.31.1.2."""

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="Image Type",
            enumerated=((1, ("ORIGINAL", "DERIVED", "MIXED")), (2, ("PRIMARY",)), (4, ("NONE",))),
        ),
    ]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image characteristics. See Section C.8.16.1 and Section C.36.27.1.1."""

    TreatmentSessionUID: Annotated[
        vr.UI | None, Attribute(0x300A0700, "UI", "1", "3", name="Treatment Session UID")
    ] = None
    """Treatment Session UID (300A,0700): Type 3, VR UI, VM 1. A unique identifier of the Treatment Session to which this Instance belongs."""

    StartCumulativeMeterset: Annotated[
        vr.FD | None,
        Attribute(
            0x30020106,
            "FD",
            "1",
            "2C",
            name="Start Cumulative Meterset",
            when=(
                "unknown",
                "names no attribute: the image was acquired while therapeutic radiation was applied",
            ),
            otherwise="may",
        ),
    ] = None
    """Start Cumulative Meterset (3002,0106): Type 2C, VR FD, VM 1. Required if the image was acquired while therapeutic radiation was applied. May be present otherwise. The value of the Cumulative Meterset when the acquisition of the first frame started. Required if the image was acquired while therapeutic radiation was applied. May be present otherwise."""

    StopCumulativeMeterset: Annotated[
        vr.FD | None,
        Attribute(
            0x30020107,
            "FD",
            "1",
            "2C",
            name="Stop Cumulative Meterset",
            when=(
                "unknown",
                "names no attribute: the image was acquired while therapeutic radiation was applied",
            ),
            otherwise="may",
        ),
    ] = None
    """Stop Cumulative Meterset (3002,0107): Type 2C, VR FD, VM 1. Required if the image was acquired while therapeutic radiation was applied. May be present otherwise. The value of the Cumulative Meterset when the acquisition of the last frame was finished. Required if the image was acquired while therapeutic radiation was applied. May be present otherwise."""

    RadiationDosimeterUnitSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x300A0658,
            "SQ",
            "1",
            "1C",
            name="Radiation Dosimeter Unit Sequence",
            when=(
                "unknown",
                "condition not read: (3002,0107) is in no functional group (in 'Required if Start Cumulative Meterset (3002,0106) or Stop Cumulative Meterset (3002,0107) is present in this Module or in a Functional Group Macro of the current SOP Instance and has a value')",
            ),
        ),
    ] = None
    """Radiation Dosimeter Unit Sequence (300A,0658): Type 1C, VR SQ, VM 1. Required if Start Cumulative Meterset (3002,0106) or Stop Cumulative Meterset (3002,0107) is present in this Module or in a Functional Group Macro of the current SOP Instance and has a value. Measurement units of the delivery device dosimeter. Required if Start Cumulative Meterset (3002,0106) or Stop Cumulative Meterset (3002,0107) is present in this Module or in a Functional Group Macro of the current SOP Instance and has a val..."""

    ExposureTimeInuS: Annotated[
        vr.DS | None, Attribute(0x00188150, "DS", "1", "2", name="Exposure Time in µS")
    ]
    """Exposure Time in µS (0018,8150): Type 2, VR DS, VM 1. Cumulative X-Ray exposure time in µsec summed across all frames in this SOP Instance."""

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
    "RadiationDosimeterUnitSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
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
