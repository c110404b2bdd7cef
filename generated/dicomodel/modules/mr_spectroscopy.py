"""MR Spectroscopy Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_contrast import (
        AcquisitionContrastTermMRSpectroscopyFrameType as _AcquisitionContrastTermMRSpectroscopyFrameType,
    )
    from dicomodel.enums.applicable_safety_standard_agency import (
        ApplicableSafetyStandardAgencyTerm as _ApplicableSafetyStandardAgencyTerm,
    )
    from dicomodel.enums.baseline_correction import (
        BaselineCorrectionTerm as _BaselineCorrectionTerm,
    )
    from dicomodel.enums.complex_image_component import (
        ComplexImageComponentTermMRSpectroscopyFrameType as _ComplexImageComponentTermMRSpectroscopyFrameType,
    )
    from dicomodel.enums.content_qualification import (
        ContentQualificationValue as _ContentQualificationValue,
    )
    from dicomodel.enums.decoupling import DecouplingValue as _DecouplingValue
    from dicomodel.enums.decoupling_method import DecouplingMethodTerm as _DecouplingMethodTerm
    from dicomodel.enums.first_order_phase_correction import (
        FirstOrderPhaseCorrectionValue as _FirstOrderPhaseCorrectionValue,
    )
    from dicomodel.enums.frequency_correction import (
        FrequencyCorrectionValue as _FrequencyCorrectionValue,
    )
    from dicomodel.enums.k_space_filtering import KSpaceFilteringTerm as _KSpaceFilteringTerm
    from dicomodel.enums.volume_based_calculation_technique import (
        VolumeBasedCalculationTechniqueTerm as _VolumeBasedCalculationTechniqueTerm,
    )
    from dicomodel.enums.volume_localization_technique import (
        VolumeLocalizationTechniqueTerm as _VolumeLocalizationTechniqueTerm,
    )
    from dicomodel.enums.volumetric_properties import (
        VolumetricPropertiesValue as _VolumetricPropertiesValue,
    )
    from dicomodel.enums.water_reference_acquisition import (
        WaterReferenceAcquisitionValue as _WaterReferenceAcquisitionValue,
    )
    from dicomodel.enums.water_referenced_phase_correction import (
        WaterReferencedPhaseCorrectionValue as _WaterReferencedPhaseCorrectionValue,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as _HierarchicalSOPInstanceReferenceItem,
    )
    from dicomodel.items.mr_spatial_saturation_sequence_item import (
        MRSpatialSaturationSequenceItem as _MRSpatialSaturationSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy import (
        ReferencedInstanceSequenceItemMRSpectroscopy as _ReferencedInstanceSequenceItemMRSpectroscopy,
    )
else:
    from dicomodel.lazy import Lazy

    _AcquisitionContrastTermMRSpectroscopyFrameType = Lazy(
        "dicomodel.enums.acquisition_contrast", "AcquisitionContrastTermMRSpectroscopyFrameType"
    )
    _ApplicableSafetyStandardAgencyTerm = Lazy(
        "dicomodel.enums.applicable_safety_standard_agency", "ApplicableSafetyStandardAgencyTerm"
    )
    _BaselineCorrectionTerm = Lazy("dicomodel.enums.baseline_correction", "BaselineCorrectionTerm")
    _ComplexImageComponentTermMRSpectroscopyFrameType = Lazy(
        "dicomodel.enums.complex_image_component",
        "ComplexImageComponentTermMRSpectroscopyFrameType",
    )
    _ContentQualificationValue = Lazy(
        "dicomodel.enums.content_qualification", "ContentQualificationValue"
    )
    _DecouplingMethodTerm = Lazy("dicomodel.enums.decoupling_method", "DecouplingMethodTerm")
    _DecouplingValue = Lazy("dicomodel.enums.decoupling", "DecouplingValue")
    _FirstOrderPhaseCorrectionValue = Lazy(
        "dicomodel.enums.first_order_phase_correction", "FirstOrderPhaseCorrectionValue"
    )
    _FrequencyCorrectionValue = Lazy(
        "dicomodel.enums.frequency_correction", "FrequencyCorrectionValue"
    )
    _HierarchicalSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    )
    _KSpaceFilteringTerm = Lazy("dicomodel.enums.k_space_filtering", "KSpaceFilteringTerm")
    _MRSpatialSaturationSequenceItem = Lazy(
        "dicomodel.items.mr_spatial_saturation_sequence_item", "MRSpatialSaturationSequenceItem"
    )
    _ReferencedInstanceSequenceItemMRSpectroscopy = Lazy(
        "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
        "ReferencedInstanceSequenceItemMRSpectroscopy",
    )
    _VolumeBasedCalculationTechniqueTerm = Lazy(
        "dicomodel.enums.volume_based_calculation_technique", "VolumeBasedCalculationTechniqueTerm"
    )
    _VolumeLocalizationTechniqueTerm = Lazy(
        "dicomodel.enums.volume_localization_technique", "VolumeLocalizationTechniqueTerm"
    )
    _VolumetricPropertiesValue = Lazy(
        "dicomodel.enums.volumetric_properties", "VolumetricPropertiesValue"
    )
    _WaterReferenceAcquisitionValue = Lazy(
        "dicomodel.enums.water_reference_acquisition", "WaterReferenceAcquisitionValue"
    )
    _WaterReferencedPhaseCorrectionValue = Lazy(
        "dicomodel.enums.water_referenced_phase_correction", "WaterReferencedPhaseCorrectionValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_contrast import (
        AcquisitionContrastTermMRSpectroscopyFrameType as AcquisitionContrastTerm,
    )
    from dicomodel.enums.applicable_safety_standard_agency import (
        ApplicableSafetyStandardAgencyTerm as ApplicableSafetyStandardAgencyTerm,
    )
    from dicomodel.enums.baseline_correction import BaselineCorrectionTerm as BaselineCorrectionTerm
    from dicomodel.enums.complex_image_component import (
        ComplexImageComponentTermMRSpectroscopyFrameType as ComplexImageComponentTerm,
    )
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.decoupling import Decoupling as Decoupling
    from dicomodel.enums.decoupling_method import DecouplingMethodTerm as DecouplingMethodTerm
    from dicomodel.enums.first_order_phase_correction import (
        FirstOrderPhaseCorrection as FirstOrderPhaseCorrection,
    )
    from dicomodel.enums.frequency_correction import FrequencyCorrection as FrequencyCorrection
    from dicomodel.enums.k_space_filtering import KSpaceFilteringTerm as KSpaceFilteringTerm
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.volume_based_calculation_technique import (
        VolumeBasedCalculationTechniqueTerm as VolumeBasedCalculationTechniqueTerm,
    )
    from dicomodel.enums.volume_localization_technique import (
        VolumeLocalizationTechniqueTerm as VolumeLocalizationTechniqueTerm,
    )
    from dicomodel.enums.volumetric_properties import VolumetricProperties as VolumetricProperties
    from dicomodel.enums.water_reference_acquisition import (
        WaterReferenceAcquisition as WaterReferenceAcquisition,
    )
    from dicomodel.enums.water_referenced_phase_correction import (
        WaterReferencedPhaseCorrection as WaterReferencedPhaseCorrection,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hierarchical_series_reference_item import (
        HierarchicalSeriesReferenceItem as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedImageEvidenceSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedPresentationStateSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedRawDataSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedWaveformSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as SourceImageEvidenceSequenceItem,
    )
    from dicomodel.items.mr_spatial_saturation_sequence_item import (
        MRSpatialSaturationSequenceItem as VolumeLocalizationSequenceItem,
    )
    from dicomodel.items.referenced_digital_signature_sequence_item import (
        ReferencedDigitalSignatureSequenceItem as ReferencedDigitalSignatureSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy import (
        ReferencedInstanceSequenceItemMRSpectroscopy as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.referenced_sop_instance_mac_sequence_item import (
        ReferencedSOPInstanceMACSequenceItem as ReferencedSOPInstanceMACSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference import (
        ReferencedSOPSequenceItemHierarchicalEvidenceReference as ReferencedSOPSequenceItem,
    )

__all__ = [
    "AcquisitionContrastTerm",
    "ApplicableSafetyStandardAgencyTerm",
    "BaselineCorrectionTerm",
    "ComplexImageComponentTerm",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "Decoupling",
    "DecouplingMethodTerm",
    "EquivalentCodeSequenceItem",
    "FirstOrderPhaseCorrection",
    "FrequencyCorrection",
    "KSpaceFilteringTerm",
    "MACAlgorithmTerm",
    "MRSpectroscopyModule",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedDigitalSignatureSequenceItem",
    "ReferencedImageEvidenceSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedPresentationStateSequenceItem",
    "ReferencedRawDataSequenceItem",
    "ReferencedSOPInstanceMACSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedWaveformSequenceItem",
    "SourceImageEvidenceSequenceItem",
    "VolumeBasedCalculationTechniqueTerm",
    "VolumeLocalizationSequenceItem",
    "VolumeLocalizationTechniqueTerm",
    "VolumetricProperties",
    "WaterReferenceAcquisition",
    "WaterReferencedPhaseCorrection",
]


class MRSpectroscopyModule(DicomModel):
    """MR Spectroscopy Module Attributes (PS3.3 Table C.8-102)."""

    dicom_name: ClassVar[str] = "MR Spectroscopy"
    dicom_table: ClassVar[str] = "table_C.8-102"

    AcquisitionNumber: Annotated[
        vr.IS | None, Attribute(0x00200012, "IS", "1", "3", name="Acquisition Number")
    ] = None
    """Acquisition Number (0020,0012): Type 3, VR IS, VM 1. A number identifying the single continuous gathering of data over a period of time that resulted in this image. This number is not required to be unique across SOP Instances in a Series."""

    AcquisitionDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x0008002A,
            "DT",
            "1",
            "1C",
            name="Acquisition DateTime",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
            ),
            otherwise="may",
        ),
    ] = None
    """Acquisition DateTime (0008,002A): Type 1C, VR DT, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted). May be present otherwise. The date and time that the acquisition of data started. The synchronization of this time with an external clock is specified in the Synchronization Module in Acquisition Time Synchronized (0018,1800)."""

    AcquisitionDuration: Annotated[
        vr.FD | None,
        Attribute(
            0x00189073,
            "FD",
            "1",
            "1C",
            name="Acquisition Duration",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
            ),
            otherwise="may",
        ),
    ] = None
    """Acquisition Duration (0018,9073): Type 1C, VR FD, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted). May be present otherwise. The time in seconds needed to run the prescribed pulse sequence. See Section C.7.6.16.2.2.1 for further explanation. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Leg..."""

    ReferencedRawDataSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(0x00089121, "SQ", "1", "3", name="Referenced Raw Data Sequence"),
    ] = None
    """Referenced Raw Data Sequence (0008,9121): Type 3, VR SQ, VM 1. The Raw data that was used to derive this Image. One or more Items are permitted in this Sequence. The Items of in this Sequence may identify raw data that has not been stored or encoded as a DICOM object."""

    ReferencedWaveformSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(0x0008113A, "SQ", "1", "3", name="Referenced Waveform Sequence"),
    ] = None
    """Referenced Waveform Sequence (0008,113A): Type 3, VR SQ, VM 1. References to waveforms acquired in conjunction with this image. These Waveforms may or may not be temporally synchronized with this image. One or more Items are permitted in this Sequence."""

    ReferencedImageEvidenceSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(
            0x00089092,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Evidence Sequence",
            when=(
                "and",
                ("has_value", 0x00081140),
                (
                    "not",
                    (
                        "sop_class",
                        (
                            "1.2.840.10008.5.1.4.1.1.2.2",
                            "1.2.840.10008.5.1.4.1.1.4.4",
                            "1.2.840.10008.5.1.4.1.1.128.1",
                        ),
                    ),
                ),
            ),
            otherwise="may",
        ),
    ] = None
    """Referenced Image Evidence Sequence (0008,9092): Type 1C, VR SQ, VM 1. Required if the Referenced Image Sequence (0008,1140) is present and not empty, and the SOP Class UID of the referencing SOP Instance is not a legacy converted SOP Class (Legacy Converted Enhanced CT Image Storage \"1.2.840.10008.5.1.4.1.1.2.2\", Legacy Converted Enhanced MR Image Storage \"1.2.840.10008.5.1.4.1.1.4.4\", Legacy Converted Enhanced PET Image Storage \"1.2.840.10008.5.1.4.1.1.128.1\"). Full set of Composite SOP Instances referred to inside the Referenced Image Sequences of this Instance. See Section 10.42.1.1 for further explanation. One or more Items shall be included in this Sequence."""

    SourceImageEvidenceSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(
            0x00089154,
            "SQ",
            "1",
            "1C",
            name="Source Image Evidence Sequence",
            when=(
                "and",
                ("has_value", 0x00082112),
                (
                    "not",
                    (
                        "sop_class",
                        (
                            "1.2.840.10008.5.1.4.1.1.2.2",
                            "1.2.840.10008.5.1.4.1.1.4.4",
                            "1.2.840.10008.5.1.4.1.1.128.1",
                        ),
                    ),
                ),
            ),
            otherwise="may",
        ),
    ] = None
    """Source Image Evidence Sequence (0008,9154): Type 1C, VR SQ, VM 1. Required if the Source Image Sequence (0008,2112) is present and not empty, and the SOP Class UID of the referencing SOP Instance is not a legacy converted SOP Class (Legacy Converted Enhanced CT Image Storage \"1.2.840.10008.5.1.4.1.1.2.2\", Legacy Converted Enhanced MR Image Storage \"1.2.840.10008.5.1.4.1.1.4.4\", Legacy Converted Enhanced PET Image Storage \"1.2.840.10008.5.1.4.1.1.128.1\"). Full set of Composite SOP Instances referred to inside the Source Image Sequences of this Instance. See Section 10.42.1.1 for further explanation. One or more Items shall be included in this Sequence."""

    ReferencedPresentationStateSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(
            0x00089237,
            "SQ",
            "1",
            "1C",
            name="Referenced Presentation State Sequence",
            when=(
                "unknown",
                "names no attribute: Presentation State is created together with the images",
            ),
        ),
    ] = None
    """Referenced Presentation State Sequence (0008,9237): Type 1C, VR SQ, VM 1. Required if Presentation State is created together with the images. References to Presentation State instances created together with this instance This Sequence does not reference Presentation States generated after image creation, such as during interpretation."""

    ContentQualification: Annotated[
        _ContentQualificationValue | None,
        Attribute(
            0x00189004,
            "CS",
            "1",
            "1C",
            name="Content Qualification",
            enumerated=((0, ("PRODUCT", "RESEARCH", "SERVICE")),),
            when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
            otherwise="may",
        ),
    ] = None
    """Content Qualification (0018,9004): Type 1C, VR CS, VM 1. Required if SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted), may be present otherwise. Content Qualification Indicator Enumerated Values: PRODUCT RESEARCH SERVICE See Section C.8.13.2.1.1 for further explanation. Required if SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted), may be present otherwise."""

    ResonantNucleus: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00189100,
            "CS",
            "1-2",
            "1C",
            name="Resonant Nucleus",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
            ),
            otherwise="may",
        ),
    ] = None
    """Resonant Nucleus (0018,9100): Type 1C, VR CS, VM 1-2. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted). May be present otherwise. Nucleus that is resonant at the transmitter frequency. Defined Terms: 1H 3HE 7LI 13C 19F 23NA 31P 129XE Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted..."""

    KSpaceFiltering: Annotated[
        _KSpaceFilteringTerm | vr.CS | None,
        Attribute(
            0x00189064,
            "CS",
            "1",
            "1C",
            name="k-space Filtering",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
            ),
            otherwise="may",
        ),
    ] = None
    """k-space Filtering (0018,9064): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted). May be present otherwise. Describes k-space filtering applied. Shall be NONE if no k-space filter. Defined Terms: COSINE COSINE_SQUARED FERMI GAUSSIAN HAMMING HANNING LORENTZIAN LRNTZ_GSS_TRNSFM RIESZ TUKEY NONE Required if Image Type (0008,0008) Value 1 is ORIGINAL..."""

    MagneticFieldStrength: Annotated[
        vr.DS | None,
        Attribute(
            0x00180087,
            "DS",
            "1",
            "1C",
            name="Magnetic Field Strength",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
            ),
            otherwise="may",
        ),
    ] = None
    """Magnetic Field Strength (0018,0087): Type 1C, VR DS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted). May be present otherwise. Nominal field strength of the MR Magnet, in Tesla. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted). May be present otherwise."""

    ApplicableSafetyStandardAgency: Annotated[
        _ApplicableSafetyStandardAgencyTerm | vr.CS | None,
        Attribute(
            0x00189174,
            "CS",
            "1",
            "1C",
            name="Applicable Safety Standard Agency",
            when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
            otherwise="may",
        ),
    ] = None
    """Applicable Safety Standard Agency (0018,9174): Type 1C, VR CS, VM 1. Required if SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted). May be present otherwise. Agency that established MR safety standard applicable to the acquisition of this Instance. Defined Terms: IEC FDA MHW Required if SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted). May be present otherwise."""

    ApplicableSafetyStandardDescription: Annotated[
        vr.LO | None,
        Attribute(0x00189175, "LO", "1", "3", name="Applicable Safety Standard Description"),
    ] = None
    """Applicable Safety Standard Description (0018,9175): Type 3, VR LO, VM 1. Name and Version of the applicable standard."""

    ImageComments: Annotated[
        vr.LT | None, Attribute(0x00204000, "LT", "1", "3", name="Image Comments")
    ] = None
    """Image Comments (0020,4000): Type 3, VR LT, VM 1. User-defined comments about the image."""

    IsocenterPosition: Annotated[
        list[vr.DS] | None, Attribute(0x300A012C, "DS", "3", "3", name="Isocenter Position")
    ] = None
    """Isocenter Position (300A,012C): Type 3, VR DS, VM 3. Isocenter coordinates (x,y,z), in mm. Specifies the location of the machine isocenter in the Patient-Based Coordinate System associated with the Frame of Reference."""

    B1rms: Annotated[vr.FL | None, Attribute(0x00181320, "FL", "1", "3", name="B1rms")] = None
    """B1rms (0018,1320): Type 3, VR FL, VM 1. B1+ rms value in units of micro_tesla (uT) for the acquisition producing the image. See [IEC 60601-2-33]."""

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
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Spectroscopy data characteristics. See Section C.8.14.5.1.1."""

    VolumetricProperties: Annotated[
        _VolumetricPropertiesValue,
        Attribute(
            0x00089206,
            "CS",
            "1",
            "1",
            name="Volumetric Properties",
            enumerated=((0, ("VOLUME", "SAMPLED", "DISTORTED", "MIXED")),),
        ),
    ]
    """Volumetric Properties (0008,9206): Type 1, VR CS, VM 1. Indication if geometric manipulations are possible with frames in the SOP Instance. See Section C.8.14.5.1.2 for a description and Enumerated Values."""

    VolumeBasedCalculationTechnique: Annotated[
        _VolumeBasedCalculationTechniqueTerm | vr.CS,
        Attribute(0x00089207, "CS", "1", "1", name="Volume Based Calculation Technique"),
    ]
    """Volume Based Calculation Technique (0008,9207): Type 1, VR CS, VM 1. Method used for volume calculations with frames in the SOP Instance. See Section C.8.14.5.1.3 for a description and Defined Terms."""

    ComplexImageComponent: Annotated[
        _ComplexImageComponentTermMRSpectroscopyFrameType | vr.CS,
        Attribute(0x00089208, "CS", "1", "1", name="Complex Image Component"),
    ]
    """Complex Image Component (0008,9208): Type 1, VR CS, VM 1. Representation of complex data of frames in the SOP Instance. See Section C.8.14.5.1.4 for a description and Defined Terms."""

    AcquisitionContrast: Annotated[
        _AcquisitionContrastTermMRSpectroscopyFrameType | vr.CS,
        Attribute(0x00089209, "CS", "1", "1", name="Acquisition Contrast"),
    ]
    """Acquisition Contrast (0008,9209): Type 1, VR CS, VM 1. Indication of acquisition contrast used with frames in the SOP Instance. See Section C.8.14.5.1.5 for a description and Defined Terms."""

    TransmitterFrequency: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00189098,
            "FD",
            "1-2",
            "1C",
            name="Transmitter Frequency",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Transmitter Frequency (0018,9098): Type 1C, VR FD, VM 1-2. Required if Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. Precession frequency in MHz of the nucleus being addressed for each spectral axis. See Section C.8.14.1.1 for further explanation of the ordering. Required if Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise."""

    SpectralWidth: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00189052,
            "FD",
            "1-2",
            "1C",
            name="Spectral Width",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Spectral Width (0018,9052): Type 1C, VR FD, VM 1-2. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Spectral width in Hz. See Section C.8.14.1.1 for further explanation of the ordering. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

    ChemicalShiftReference: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00189053,
            "FD",
            "1-2",
            "1C",
            name="Chemical Shift Reference",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Chemical Shift Reference (0018,9053): Type 1C, VR FD, VM 1-2. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. The chemical shift at the transmitter frequency in ppm. See Section C.8.14.1.1 for further explanation of the ordering. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

    VolumeLocalizationTechnique: Annotated[
        _VolumeLocalizationTechniqueTerm | vr.CS | None,
        Attribute(
            0x00189054,
            "CS",
            "1",
            "1C",
            name="Volume Localization Technique",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Volume Localization Technique (0018,9054): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Name of volume localization technique used. Shall be \"NONE\" if no spatial localization was performed. Defined Terms: ILOPS ISIS PRIME PRESS SLIM SLOOP STEAM NONE Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED."""

    VolumeLocalizationSequence: Annotated[
        list[_MRSpatialSaturationSequenceItem] | None,
        Attribute(
            0x00189126,
            "SQ",
            "1",
            "1C",
            name="Volume Localization Sequence",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189054, 0, "not_in", ("NONE",)),
            ),
        ),
    ] = None
    """Volume Localization Sequence (0018,9126): Type 1C, VR SQ, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Volume Localization Technique (0018,9054) is other than NONE. May be present if Volume Localization Technique (0018,9054) is other than NONE. A Sequence of Items that provide the position of RF excitations used to select a volume of tissue. The selected volume is described by the intersection of the Sequence Items. One or more Items shall be included in this Sequence."""

    Decoupling: Annotated[
        _DecouplingValue | None,
        Attribute(
            0x00189059,
            "CS",
            "1",
            "1C",
            name="De-coupling",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """De-coupling (0018,9059): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Indicates whether de-coupling was active. Enumerated Values: YES NO Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

    DecoupledNucleus: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00189060,
            "CS",
            "1-2",
            "1C",
            name="De-coupled Nucleus",
            when=("value", 0x00189059, 0, "in", ("YES",)),
        ),
    ] = None
    """De-coupled Nucleus (0018,9060): Type 1C, VR CS, VM 1-2. Required if De-coupling (0018,9059) equals YES. Nucleus being de-coupled. Defined Terms: 1H 3HE 7LI 13C 19F 23NA 31P 129XE See Section C.8.14.1.1 for further explanation of the ordering. Required if De-coupling (0018,9059) equals YES."""

    DecouplingFrequency: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00189061,
            "FD",
            "1-2",
            "1C",
            name="De-coupling Frequency",
            when=("value", 0x00189059, 0, "in", ("YES",)),
        ),
    ] = None
    """De-coupling Frequency (0018,9061): Type 1C, VR FD, VM 1-2. Required if De-coupling (0018,9059) equals YES. The center frequency (Hz) for the de-coupling. See Section C.8.14.1.1 for further explanation of the ordering. Required if De-coupling (0018,9059) equals YES."""

    DecouplingMethod: Annotated[
        _DecouplingMethodTerm | vr.CS | None,
        Attribute(
            0x00189062,
            "CS",
            "1",
            "1C",
            name="De-coupling Method",
            when=("value", 0x00189059, 0, "in", ("YES",)),
        ),
    ] = None
    """De-coupling Method (0018,9062): Type 1C, VR CS, VM 1. Required if De-coupling (0018,9059) equals YES. The de-coupling modulation scheme used. Defined Terms: MLEV WALTZ NARROWBAND Required if De-coupling (0018,9059) equals YES."""

    DecouplingChemicalShiftReference: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00189063,
            "FD",
            "1-2",
            "1C",
            name="De-coupling Chemical Shift Reference",
            when=("value", 0x00189059, 0, "in", ("YES",)),
        ),
    ] = None
    """De-coupling Chemical Shift Reference (0018,9063): Type 1C, VR FD, VM 1-2. Required if De-coupling (0018,9059) equals YES. The chemical shift in ppm at the de-coupling frequency. See Section C.8.14.1.1 for further explanation of the ordering. Required if De-coupling (0018,9059) equals YES."""

    TimeDomainFiltering: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00189065,
            "CS",
            "1-2",
            "1C",
            name="Time Domain Filtering",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Time Domain Filtering (0018,9065): Type 1C, VR CS, VM 1-2. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Describes time domain filtering or apodization applied. Shall be NONE if no filtering operations were applied to the time domain data."""

    NumberOfZeroFills: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00189066,
            "US",
            "1-2",
            "1C",
            name="Number of Zero Fills",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Number of Zero Fills (0018,9066): Type 1C, VR US, VM 1-2. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Number of zero fills added to the time domain data before FT. Shall be 0 (zero) if no zero filling performed. See Section C.8.14.1.1 for further explanation of the ordering. See Section C.8.14.1.2 for further explanation on Zero Fills."""

    BaselineCorrection: Annotated[
        _BaselineCorrectionTerm | vr.CS | None,
        Attribute(
            0x00189067,
            "CS",
            "1",
            "1C",
            name="Baseline Correction",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Baseline Correction (0018,9067): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Describes baseline correction techniques. Shall be NONE if no baseline correction was performed. Defined Terms: LINEAR_TILT LOCAL_LINEAR_FIT POLYNOMIAL_FIT SINC_DECONVOLUTN TIME_DOMAIN_FIT SPLINE NONE Required if Image Type (0008,0008) Valu..."""

    FrequencyCorrection: Annotated[
        _FrequencyCorrectionValue | None,
        Attribute(
            0x00189101,
            "CS",
            "1",
            "1C",
            name="Frequency Correction",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Frequency Correction (0018,9101): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Specifies whether operations were performed to correct resonant frequency of metabolite peaks due to B0 field inhomogeneities. Enumerated Values: YES NO Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED."""

    FirstOrderPhaseCorrection: Annotated[
        _FirstOrderPhaseCorrectionValue | None,
        Attribute(
            0x00189198,
            "CS",
            "1",
            "1C",
            name="First Order Phase Correction",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """First Order Phase Correction (0018,9198): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Describes whether a first order (frequency dependent) phase correction was applied to the spectral data. Enumerated Values: YES NO Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

    WaterReferencedPhaseCorrection: Annotated[
        _WaterReferencedPhaseCorrectionValue | None,
        Attribute(
            0x00189199,
            "CS",
            "1",
            "1C",
            name="Water Referenced Phase Correction",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Water Referenced Phase Correction (0018,9199): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Indicates if the images or spectra were created using Water Reference time domain data for phase correction. Enumerated Values: YES NO Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

    WaterReferenceAcquisition: Annotated[
        _WaterReferenceAcquisitionValue | None,
        Attribute(
            0x00189297,
            "CS",
            "1",
            "3",
            name="Water Reference Acquisition",
            enumerated=((0, ("WATER_REFERENCE", "USED_DISCARDED", "REFERENCED", "NONE")),),
        ),
    ] = None
    """Water Reference Acquisition (0018,9297): Type 3, VR CS, VM 1. Describes the relation to Water Reference data for this Instance. Enumerated Values: WATER_REFERENCE USED_DISCARDED REFERENCED NONE See Section C.8.14.1.4 for description of enumerated values."""

    ReferencedInstanceSequence: Annotated[
        list[_ReferencedInstanceSequenceItemMRSpectroscopy] | None,
        Attribute(
            0x0008114A,
            "SQ",
            "1",
            "1C",
            name="Referenced Instance Sequence",
            when=("value", 0x00189297, 0, "in", ("REFERENCED",)),
            otherwise="may",
        ),
    ] = None
    """Referenced Instance Sequence (0008,114A): Type 1C, VR SQ, VM 1. Required if Water Reference Acquisition (0018,9297) equals REFERENCED. May be present otherwise. References to SOP Instances significantly related to the current SOP Instance, including water reference data. Required if Water Reference Acquisition (0018,9297) equals REFERENCED. May be present otherwise."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionContrastTerm": (
        "dicomodel.enums.acquisition_contrast",
        "AcquisitionContrastTermMRSpectroscopyFrameType",
    ),
    "ApplicableSafetyStandardAgencyTerm": (
        "dicomodel.enums.applicable_safety_standard_agency",
        "ApplicableSafetyStandardAgencyTerm",
    ),
    "BaselineCorrectionTerm": ("dicomodel.enums.baseline_correction", "BaselineCorrectionTerm"),
    "ComplexImageComponentTerm": (
        "dicomodel.enums.complex_image_component",
        "ComplexImageComponentTermMRSpectroscopyFrameType",
    ),
    "ContentQualification": ("dicomodel.enums.content_qualification", "ContentQualification"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "Decoupling": ("dicomodel.enums.decoupling", "Decoupling"),
    "DecouplingMethodTerm": ("dicomodel.enums.decoupling_method", "DecouplingMethodTerm"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FirstOrderPhaseCorrection": (
        "dicomodel.enums.first_order_phase_correction",
        "FirstOrderPhaseCorrection",
    ),
    "FrequencyCorrection": ("dicomodel.enums.frequency_correction", "FrequencyCorrection"),
    "KSpaceFilteringTerm": ("dicomodel.enums.k_space_filtering", "KSpaceFilteringTerm"),
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedDigitalSignatureSequenceItem": (
        "dicomodel.items.referenced_digital_signature_sequence_item",
        "ReferencedDigitalSignatureSequenceItem",
    ),
    "ReferencedImageEvidenceSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
        "ReferencedInstanceSequenceItemMRSpectroscopy",
    ),
    "ReferencedPresentationStateSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "ReferencedRawDataSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "ReferencedSOPInstanceMACSequenceItem": (
        "dicomodel.items.referenced_sop_instance_mac_sequence_item",
        "ReferencedSOPInstanceMACSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference",
        "ReferencedSOPSequenceItemHierarchicalEvidenceReference",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.hierarchical_series_reference_item",
        "HierarchicalSeriesReferenceItem",
    ),
    "ReferencedWaveformSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "SourceImageEvidenceSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "VolumeBasedCalculationTechniqueTerm": (
        "dicomodel.enums.volume_based_calculation_technique",
        "VolumeBasedCalculationTechniqueTerm",
    ),
    "VolumeLocalizationSequenceItem": (
        "dicomodel.items.mr_spatial_saturation_sequence_item",
        "MRSpatialSaturationSequenceItem",
    ),
    "VolumeLocalizationTechniqueTerm": (
        "dicomodel.enums.volume_localization_technique",
        "VolumeLocalizationTechniqueTerm",
    ),
    "VolumetricProperties": ("dicomodel.enums.volumetric_properties", "VolumetricProperties"),
    "WaterReferenceAcquisition": (
        "dicomodel.enums.water_reference_acquisition",
        "WaterReferenceAcquisition",
    ),
    "WaterReferencedPhaseCorrection": (
        "dicomodel.enums.water_referenced_phase_correction",
        "WaterReferencedPhaseCorrection",
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
