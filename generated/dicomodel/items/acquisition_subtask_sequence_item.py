"""Item class AcquisitionSubtaskSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_method import AcquisitionMethodTerm as _AcquisitionMethodTerm
    from dicomodel.enums.acquisition_signal_type import (
        AcquisitionSignalTypeTerm as _AcquisitionSignalTypeTerm,
    )
    from dicomodel.items.additional_rt_accessory_device_sequence_item import (
        AdditionalRTAccessoryDeviceSequenceItem as _AdditionalRTAccessoryDeviceSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.content_item import ContentItem as _ContentItem
    from dicomodel.items.kv_radiation_image_acquisition_parameters_item import (
        KVRadiationImageAcquisitionParametersItem as _KVRadiationImageAcquisitionParametersItem,
    )
    from dicomodel.items.mv_radiation_image_acquisition_parameters_item import (
        MVRadiationImageAcquisitionParametersItem as _MVRadiationImageAcquisitionParametersItem,
    )
    from dicomodel.items.position_acquisition_template_identification_sequence_item import (
        PositionAcquisitionTemplateIdentificationSequenceItem as _PositionAcquisitionTemplateIdentificationSequenceItem,
    )
    from dicomodel.items.projection_imaging_acquisition_parameter_sequence_item import (
        ProjectionImagingAcquisitionParameterSequenceItem as _ProjectionImagingAcquisitionParameterSequenceItem,
    )
    from dicomodel.items.referenced_baseline_parameters_rt_radiation_instance_sequence_item import (
        ReferencedBaselineParametersRTRadiationInstanceSequenceItem as _ReferencedBaselineParametersRTRadiationInstanceSequenceItem,
    )
    from dicomodel.items.related_information_entities_item import (
        RelatedInformationEntitiesItem as _RelatedInformationEntitiesItem,
    )
    from dicomodel.items.three_drt_cone_beam_imaging_geometry_item import (
        ThreeDRTConeBeamImagingGeometryItem as _ThreeDRTConeBeamImagingGeometryItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AcquisitionMethodTerm = Lazy("dicomodel.enums.acquisition_method", "AcquisitionMethodTerm")
    _AcquisitionSignalTypeTerm = Lazy(
        "dicomodel.enums.acquisition_signal_type", "AcquisitionSignalTypeTerm"
    )
    _AdditionalRTAccessoryDeviceSequenceItem = Lazy(
        "dicomodel.items.additional_rt_accessory_device_sequence_item",
        "AdditionalRTAccessoryDeviceSequenceItem",
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContentItem = Lazy("dicomodel.items.content_item", "ContentItem")
    _KVRadiationImageAcquisitionParametersItem = Lazy(
        "dicomodel.items.kv_radiation_image_acquisition_parameters_item",
        "KVRadiationImageAcquisitionParametersItem",
    )
    _MVRadiationImageAcquisitionParametersItem = Lazy(
        "dicomodel.items.mv_radiation_image_acquisition_parameters_item",
        "MVRadiationImageAcquisitionParametersItem",
    )
    _PositionAcquisitionTemplateIdentificationSequenceItem = Lazy(
        "dicomodel.items.position_acquisition_template_identification_sequence_item",
        "PositionAcquisitionTemplateIdentificationSequenceItem",
    )
    _ProjectionImagingAcquisitionParameterSequenceItem = Lazy(
        "dicomodel.items.projection_imaging_acquisition_parameter_sequence_item",
        "ProjectionImagingAcquisitionParameterSequenceItem",
    )
    _ReferencedBaselineParametersRTRadiationInstanceSequenceItem = Lazy(
        "dicomodel.items.referenced_baseline_parameters_rt_radiation_instance_sequence_item",
        "ReferencedBaselineParametersRTRadiationInstanceSequenceItem",
    )
    _RelatedInformationEntitiesItem = Lazy(
        "dicomodel.items.related_information_entities_item", "RelatedInformationEntitiesItem"
    )
    _ThreeDRTConeBeamImagingGeometryItem = Lazy(
        "dicomodel.items.three_drt_cone_beam_imaging_geometry_item",
        "ThreeDRTConeBeamImagingGeometryItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_method import AcquisitionMethodTerm as AcquisitionMethodTerm
    from dicomodel.enums.acquisition_signal_type import (
        AcquisitionSignalTypeTerm as AcquisitionSignalTypeTerm,
    )
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
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.imaging_aperture_specification_type import (
        ImagingApertureSpecificationType as ImagingApertureSpecificationType,
    )
    from dicomodel.enums.imaging_source_location_specification_type import (
        ImagingSourceLocationSpecificationType as ImagingSourceLocationSpecificationType,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.enums.radiation_mode import RadiationMode as RadiationMode
    from dicomodel.enums.scan_arc_type import ScanArcType as ScanArcType
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.additional_rt_accessory_device_sequence_item import (
        AdditionalRTAccessoryDeviceSequenceItem as AdditionalRTAccessoryDeviceSequenceItem,
    )
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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeliveryRateUnitSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as EnergyDerivationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as EnergyUnitCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PositionAcquisitionTemplateCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RTDeviceDistanceReferenceLocationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiationDosimeterUnitSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiationFluenceModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiationGenerationModeMachineCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as RadiationTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as SelectorCodeSequenceValueItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SubtaskWorkitemCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as AcquisitionInitiationSequenceItem
    from dicomodel.items.content_item import ContentItem as DevicePositionParameterSequenceItem
    from dicomodel.items.content_item import (
        ContentItem as DeviceSpecificAcquisitionParameterSequenceItem,
    )
    from dicomodel.items.content_item import (
        ContentItem as RadiationDeviceConfigurationAndCommissioningKeySequenceItem,
    )
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as XRayFilterSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.imaging_device_location_parameter_sequence_item import (
        ImagingDeviceLocationParameterSequenceItem as ImagingDeviceLocationParameterSequenceItem,
    )
    from dicomodel.items.kv_radiation_image_acquisition_parameters_item import (
        KVRadiationImageAcquisitionParametersItem as KVImagingGenerationParametersSequenceItem,
    )
    from dicomodel.items.matrix_based_rt_imaging_geometry_item import (
        MatrixBasedRTImagingGeometryItem as ImagingDeviceLocationMatrixSequenceItem,
    )
    from dicomodel.items.mv_radiation_image_acquisition_parameters_item import (
        MVRadiationImageAcquisitionParametersItem as MVImagingGenerationParametersSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )
    from dicomodel.items.parameterized_rt_imaging_geometry_item import (
        ParameterizedRTImagingGeometryItem as ScanStartPositionSequenceItem,
    )
    from dicomodel.items.parameterized_rt_imaging_geometry_item import (
        ParameterizedRTImagingGeometryItem as ScanStopPositionSequenceItem,
    )
    from dicomodel.items.position_acquisition_template_identification_sequence_item import (
        PositionAcquisitionTemplateIdentificationSequenceItem as PositionAcquisitionTemplateIdentificationSequenceItem,
    )
    from dicomodel.items.projection_imaging_acquisition_parameter_sequence_item import (
        ProjectionImagingAcquisitionParameterSequenceItem as ProjectionImagingAcquisitionParameterSequenceItem,
    )
    from dicomodel.items.radiation_generation_mode_item import (
        RadiationGenerationModeItem as RadiationGenerationModeSequenceItem,
    )
    from dicomodel.items.referenced_baseline_parameters_rt_radiation_instance_sequence_item import (
        ReferencedBaselineParametersRTRadiationInstanceSequenceItem as ReferencedBaselineParametersRTRadiationInstanceSequenceItem,
    )
    from dicomodel.items.referenced_series_sequence_item_related_information_entities import (
        ReferencedSeriesSequenceItemRelatedInformationEntities as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.referenced_study_sequence_item import (
        ReferencedStudySequenceItem as ReferencedStudySequenceItem,
    )
    from dicomodel.items.related_information_entities_item import (
        RelatedInformationEntitiesItem as ReferencedPositionReferenceInstanceSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as RTBeamLimitingDeviceOpeningSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_sequence_item import (
        RTBeamLimitingDeviceOpeningSequenceItem as ImagingApertureSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.three_drt_cone_beam_imaging_geometry_item import (
        ThreeDRTConeBeamImagingGeometryItem as CTImagingAcquisitionParameterSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "AcquisitionInitiationSequenceItem",
    "AcquisitionMethodTerm",
    "AcquisitionSignalTypeTerm",
    "AcquisitionSubtaskSequenceItem",
    "AdditionalRTAccessoryDeviceSequenceItem",
    "CTImagingAcquisitionParameterSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ConstraintType",
    "ConstraintValueSequenceItem",
    "ConstraintViolationSignificance",
    "ContextGroupExtensionFlag",
    "DeliveryRateUnitSequenceItem",
    "DetectorPositioningType",
    "DeviceAlternateIdentifierTypeTerm",
    "DevicePositionParameterSequenceItem",
    "DeviceSpecificAcquisitionParameterSequenceItem",
    "DeviceTypeCodeSequenceItem",
    "EnergyDerivationCodeSequenceItem",
    "EnergyUnitCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "ImagingApertureSequenceItem",
    "ImagingApertureSpecificationType",
    "ImagingDeviceLocationMatrixSequenceItem",
    "ImagingDeviceLocationParameterSequenceItem",
    "ImagingSourceLocationSpecificationType",
    "KVImagingGenerationParametersSequenceItem",
    "MVImagingGenerationParametersSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OutlineShapeType",
    "ParametersSpecificationSequenceItem",
    "PositionAcquisitionTemplateCodeSequenceItem",
    "PositionAcquisitionTemplateIdentificationSequenceItem",
    "ProjectionImagingAcquisitionParameterSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceOpeningSequenceItem",
    "RTDeviceDistanceReferenceLocationCodeSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "RadiationDosimeterUnitSequenceItem",
    "RadiationFluenceModifierCodeSequenceItem",
    "RadiationGenerationModeMachineCodeSequenceItem",
    "RadiationGenerationModeSequenceItem",
    "RadiationMode",
    "RadiationTypeCodeSequenceItem",
    "RecommendedDefaultValueSequenceItem",
    "ReferencedBaselineParametersRTRadiationInstanceSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedPositionReferenceInstanceSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedStudySequenceItem",
    "ScanArcType",
    "ScanStartPositionSequenceItem",
    "ScanStopPositionSequenceItem",
    "SelectorCodeSequenceValueItem",
    "SubtaskWorkitemCodeSequenceItem",
    "UDISequenceItem",
    "ValueType",
    "XRayFilterSequenceItem",
]


class AcquisitionSubtaskSequenceItem(DicomModel):
    """An item of Acquisition Subtask Sequence (3002,011A), as first defined in RT Patient Position Acquisition Instruction Module Attributes (C.36.29-1)."""

    dicom_name: ClassVar[str] = "Acquisition Subtask Sequence"
    dicom_table: ClassVar[str] = "table_C.36.29-1"

    AcquisitionSubtaskIndex: Annotated[
        vr.US, Attribute(0x3002011D, "US", "1", "1", name="Acquisition Subtask Index")
    ]
    """Acquisition Subtask Index (3002,011D): Type 1, VR US, VM 1. Index of this acquisition subtask in this Sequence. The value shall start at 1 and increase monotonically by 1."""

    SubtaskWorkitemCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x3002011B, "SQ", "1", "1", name="Subtask Workitem Code Sequence"),
    ]
    """Subtask Workitem Code Sequence (3002,011B): Type 1, VR SQ, VM 1. The type of acquisition subtask. Only a single Item shall be included in this Sequence."""

    AcquisitionSignalType: Annotated[
        _AcquisitionSignalTypeTerm | vr.CS,
        Attribute(0x30020129, "CS", "1", "1", name="Acquisition Signal Type"),
    ]
    """Acquisition Signal Type (3002,0129): Type 1, VR CS, VM 1. Type of signal used for acquisition. Defined Terms: KV kilovolt X-Ray MV Megavolt X-Ray"""

    AcquisitionMethod: Annotated[
        _AcquisitionMethodTerm | vr.CS,
        Attribute(0x3002012A, "CS", "1", "1", name="Acquisition Method"),
    ]
    """Acquisition Method (3002,012A): Type 1, VR CS, VM 1. Method used for acquisition. Defined Terms: PROJECTION Projection radiography CT Computed Tomography"""

    PositionAcquisitionTemplateIdentificationSequence: Annotated[
        list[_PositionAcquisitionTemplateIdentificationSequenceItem] | None,
        Attribute(
            0x3002011F, "SQ", "1", "3", name="Position Acquisition Template Identification Sequence"
        ),
    ] = None
    """Position Acquisition Template Identification Sequence (3002,011F): Type 3, VR SQ, VM 1. Identifies an acquisition template containing a set of parameters to be used when acquiring data for patient position detection."""

    ReferencedBaselineParametersRTRadiationInstanceSequence: Annotated[
        list[_ReferencedBaselineParametersRTRadiationInstanceSequenceItem] | None,
        Attribute(
            0x3002011E,
            "SQ",
            "1",
            "1C",
            name="Referenced Baseline Parameters RT Radiation Instance Sequence",
            when=(
                "or",
                ("value", 0x30020111, 0, "in", ("RELATIVE_PARAMS",)),
                ("value", 0x30020115, 0, "in", ("BEAM", "RELATIVE_TO_BEAM")),
            ),
        ),
    ] = None
    """Referenced Baseline Parameters RT Radiation Instance Sequence (3002,011E): Type 1C, VR SQ, VM 1. Required if Imaging Source Location Specification Type (3002,0111) has the value RELATIVE_PARAMS or Imaging Aperture Specification Type (3002,0115) has the value BEAM or RELATIVE_TO_BEAM. RT Radiation SOP or RT Plan Instance that defines baseline parameter values for acquisition, which are modified by parameter values increments in this Subtask."""

    ReferencedDeviceIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300A0607,
            "US",
            "1",
            "1C",
            name="Referenced Device Index",
            when=("compare", 0x30020116, 1, ">", 1),
        ),
    ] = None
    """Referenced Device Index (300A,0607): Type 1C, VR US, VM 1. Required if Number of Acquisition Devices (3002,0116) is greater than one. The value of Device Index (3010,0039) from the Acquisition Device Sequence (3002,0117) corresponding to the device to be used for acquisition. Required if Number of Acquisition Devices (3002,0116) is greater than one."""

    RTDeviceDistanceReferenceLocationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x300A0659,
            "SQ",
            "1",
            "1C",
            name="RT Device Distance Reference Location Code Sequence",
            when=(
                "unknown",
                "names no attribute: the current Item contains any Attributes which refer to the Base Beam Modifier Coordinate System",
            ),
        ),
    ] = None
    """RT Device Distance Reference Location Code Sequence (300A,0659): Type 1C, VR SQ, VM 1. Required if the current Item contains any Attributes which refer to the Base Beam Modifier Coordinate System. Point of reference used for measuring the distance to various devices. Required if the current Item contains any Attributes which refer to the Base Beam Modifier Coordinate System. Only a single item shall be included in this Sequence."""

    RTBeamModifierDefinitionDistance: Annotated[
        vr.FD | None,
        Attribute(
            0x300A0688,
            "FD",
            "1",
            "1C",
            name="RT Beam Modifier Definition Distance",
            when=("present", 0x300A0659),
        ),
    ] = None
    """RT Beam Modifier Definition Distance (300A,0688): Type 1C, VR FD, VM 1. Required if RT Device Distance Reference Location Code Sequence (300A,0659) is present. Absolute distance in mm along the z-axis of the Base Beam Modifier Coordinate System from the reference location specified by RT Device Distance Reference Location Code Sequence (300A,0659) to the Beam Modifier Definition Plane."""

    AcquisitionInitiationSequence: Annotated[
        list[_ContentItem] | None,
        Attribute(0x30020135, "SQ", "1", "3", name="Acquisition Initiation Sequence"),
    ] = None
    """Acquisition Initiation Sequence (3002,0135): Type 3, VR SQ, VM 1. Description of how to the acquisition is triggered. One or more Items are permitted in this Sequence."""

    KVImagingGenerationParametersSequence: Annotated[
        list[_KVRadiationImageAcquisitionParametersItem] | None,
        Attribute(
            0x30020127,
            "SQ",
            "1",
            "1C",
            name="KV Imaging Generation Parameters Sequence",
            when=("value", 0x30020129, 0, "in", ("KV",)),
        ),
    ] = None
    """KV Imaging Generation Parameters Sequence (3002,0127): Type 1C, VR SQ, VM 1. Required if the value of Acquisition Signal Type (3002,0129) is KV. Parameters for kV Imaging Acquisitions. Required if the value of Acquisition Signal Type (3002,0129) is KV. Only a single Item shall be included in this Sequence."""

    MVImagingGenerationParametersSequence: Annotated[
        list[_MVRadiationImageAcquisitionParametersItem] | None,
        Attribute(
            0x30020128,
            "SQ",
            "1",
            "1C",
            name="MV Imaging Generation Parameters Sequence",
            when=("value", 0x30020129, 0, "in", ("MV",)),
        ),
    ] = None
    """MV Imaging Generation Parameters Sequence (3002,0128): Type 1C, VR SQ, VM 1. Required if the value of Acquisition Signal Type (3002,0129) is MV. Parameters for MV Imaging Acquisitions. Required if the value of Acquisition Signal Type (3002,0129) is MV. Only a single Item shall be included in this Sequence."""

    ProjectionImagingAcquisitionParameterSequence: Annotated[
        list[_ProjectionImagingAcquisitionParameterSequenceItem] | None,
        Attribute(
            0x30020125,
            "SQ",
            "1",
            "1C",
            name="Projection Imaging Acquisition Parameter Sequence",
            when=("value", 0x3002012A, 0, "in", ("PROJECTION",)),
        ),
    ] = None
    """Projection Imaging Acquisition Parameter Sequence (3002,0125): Type 1C, VR SQ, VM 1. Required if the value of Acquisition Method (3002,012A) is PROJECTION. Parameters for Projection Image Acquisitions. Required if the value of Acquisition Method (3002,012A) is PROJECTION. Only a single Item shall be included in this Sequence."""

    CTImagingAcquisitionParameterSequence: Annotated[
        list[_ThreeDRTConeBeamImagingGeometryItem] | None,
        Attribute(
            0x30020126,
            "SQ",
            "1",
            "1C",
            name="CT Imaging Acquisition Parameter Sequence",
            when=("value", 0x3002012A, 0, "in", ("CT",)),
        ),
    ] = None
    """CT Imaging Acquisition Parameter Sequence (3002,0126): Type 1C, VR SQ, VM 1. Required if the value of Acquisition Method (3002,012A) is CT. Parameters for CT Image Acquisitions. Required if the value of Acquisition Method (3002,012A) is CT. Only a single Item shall be included in this Sequence."""

    DeviceSpecificAcquisitionParameterSequence: Annotated[
        list[_ContentItem] | None,
        Attribute(
            0x30020131, "SQ", "1", "3", name="Device-Specific Acquisition Parameter Sequence"
        ),
    ] = None
    """Device-Specific Acquisition Parameter Sequence (3002,0131): Type 3, VR SQ, VM 1. User-specified device-specific acquisition parameters applicable to the device executing this Acquisition Subtask. One or more Items are permitted in this Sequence."""

    AdditionalRTAccessoryDeviceSequence: Annotated[
        list[_AdditionalRTAccessoryDeviceSequenceItem] | None,
        Attribute(
            0x30020130,
            "SQ",
            "1",
            "1C",
            name="Additional RT Accessory Device Sequence",
            when=(
                "unknown",
                "names no attribute: additional RT Accessory Devices are to be used during patient position acquisition",
            ),
        ),
    ] = None
    """Additional RT Accessory Device Sequence (3002,0130): Type 1C, VR SQ, VM 1. Required if additional RT Accessory Devices are to be used during patient position acquisition. Additional devices used during the acquisition of the reference position artifacts. Required if additional RT Accessory Devices are to be used during patient position acquisition. One or more Items shall be included in this Sequence."""

    ReferencedPositionReferenceInstanceSequence: Annotated[
        list[_RelatedInformationEntitiesItem] | None,
        Attribute(
            0x30020132, "SQ", "1", "3", name="Referenced Position Reference Instance Sequence"
        ),
    ] = None
    """Referenced Position Reference Instance Sequence (3002,0132): Type 3, VR SQ, VM 1. SOP Instances which may be used to provide a positional reference for verification of patient position in the current acquisition subtask. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionInitiationSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "AcquisitionMethodTerm": ("dicomodel.enums.acquisition_method", "AcquisitionMethodTerm"),
    "AcquisitionSignalTypeTerm": (
        "dicomodel.enums.acquisition_signal_type",
        "AcquisitionSignalTypeTerm",
    ),
    "AdditionalRTAccessoryDeviceSequenceItem": (
        "dicomodel.items.additional_rt_accessory_device_sequence_item",
        "AdditionalRTAccessoryDeviceSequenceItem",
    ),
    "CTImagingAcquisitionParameterSequenceItem": (
        "dicomodel.items.three_drt_cone_beam_imaging_geometry_item",
        "ThreeDRTConeBeamImagingGeometryItem",
    ),
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
    "DeliveryRateUnitSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "DetectorPositioningType": (
        "dicomodel.enums.detector_positioning_type",
        "DetectorPositioningType",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DevicePositionParameterSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "DeviceSpecificAcquisitionParameterSequenceItem": (
        "dicomodel.items.content_item",
        "ContentItem",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EnergyDerivationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EnergyUnitCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "KVImagingGenerationParametersSequenceItem": (
        "dicomodel.items.kv_radiation_image_acquisition_parameters_item",
        "KVRadiationImageAcquisitionParametersItem",
    ),
    "MVImagingGenerationParametersSequenceItem": (
        "dicomodel.items.mv_radiation_image_acquisition_parameters_item",
        "MVRadiationImageAcquisitionParametersItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "OutlineShapeType": ("dicomodel.enums.outline_shape_type", "OutlineShapeType"),
    "ParametersSpecificationSequenceItem": (
        "dicomodel.items.attribute_value_constraint_item",
        "AttributeValueConstraintItem",
    ),
    "PositionAcquisitionTemplateCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PositionAcquisitionTemplateIdentificationSequenceItem": (
        "dicomodel.items.position_acquisition_template_identification_sequence_item",
        "PositionAcquisitionTemplateIdentificationSequenceItem",
    ),
    "ProjectionImagingAcquisitionParameterSequenceItem": (
        "dicomodel.items.projection_imaging_acquisition_parameter_sequence_item",
        "ProjectionImagingAcquisitionParameterSequenceItem",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RTBeamDelimiterGeometrySequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "RTBeamLimitingDeviceOpeningSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
    ),
    "RTDeviceDistanceReferenceLocationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem": (
        "dicomodel.items.content_item",
        "ContentItem",
    ),
    "RadiationDosimeterUnitSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RadiationFluenceModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RadiationGenerationModeMachineCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RadiationGenerationModeSequenceItem": (
        "dicomodel.items.radiation_generation_mode_item",
        "RadiationGenerationModeItem",
    ),
    "RadiationMode": ("dicomodel.enums.radiation_mode", "RadiationMode"),
    "RadiationTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RecommendedDefaultValueSequenceItem": (
        "dicomodel.items.attribute_value_item",
        "AttributeValueItem",
    ),
    "ReferencedBaselineParametersRTRadiationInstanceSequenceItem": (
        "dicomodel.items.referenced_baseline_parameters_rt_radiation_instance_sequence_item",
        "ReferencedBaselineParametersRTRadiationInstanceSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedPositionReferenceInstanceSequenceItem": (
        "dicomodel.items.related_information_entities_item",
        "RelatedInformationEntitiesItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.referenced_series_sequence_item_related_information_entities",
        "ReferencedSeriesSequenceItemRelatedInformationEntities",
    ),
    "ReferencedStudySequenceItem": (
        "dicomodel.items.referenced_study_sequence_item",
        "ReferencedStudySequenceItem",
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
    "SubtaskWorkitemCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
    "XRayFilterSequenceItem": (
        "dicomodel.items.device_identification_item",
        "DeviceIdentificationItem",
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
