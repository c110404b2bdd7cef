"""MR Image and Spectroscopy Instance Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.applicable_safety_standard_agency import (
        ApplicableSafetyStandardAgencyTerm as _ApplicableSafetyStandardAgencyTerm,
    )
    from dicomodel.enums.content_qualification import (
        ContentQualificationValue as _ContentQualificationValue,
    )
    from dicomodel.enums.k_space_filtering import KSpaceFilteringTerm as _KSpaceFilteringTerm
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as _HierarchicalSOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ApplicableSafetyStandardAgencyTerm = Lazy(
        "dicomodel.enums.applicable_safety_standard_agency", "ApplicableSafetyStandardAgencyTerm"
    )
    _ContentQualificationValue = Lazy(
        "dicomodel.enums.content_qualification", "ContentQualificationValue"
    )
    _HierarchicalSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    )
    _KSpaceFilteringTerm = Lazy("dicomodel.enums.k_space_filtering", "KSpaceFilteringTerm")

if TYPE_CHECKING:
    from dicomodel.enums.applicable_safety_standard_agency import (
        ApplicableSafetyStandardAgencyTerm as ApplicableSafetyStandardAgencyTerm,
    )
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.k_space_filtering import KSpaceFilteringTerm as KSpaceFilteringTerm
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
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
    from dicomodel.items.referenced_digital_signature_sequence_item import (
        ReferencedDigitalSignatureSequenceItem as ReferencedDigitalSignatureSequenceItem,
    )
    from dicomodel.items.referenced_sop_instance_mac_sequence_item import (
        ReferencedSOPInstanceMACSequenceItem as ReferencedSOPInstanceMACSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference import (
        ReferencedSOPSequenceItemHierarchicalEvidenceReference as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ApplicableSafetyStandardAgencyTerm",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "KSpaceFilteringTerm",
    "MACAlgorithmTerm",
    "MRImageAndSpectroscopyInstanceMacro",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedDigitalSignatureSequenceItem",
    "ReferencedImageEvidenceSequenceItem",
    "ReferencedPresentationStateSequenceItem",
    "ReferencedRawDataSequenceItem",
    "ReferencedSOPInstanceMACSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedWaveformSequenceItem",
    "SourceImageEvidenceSequenceItem",
]


class MRImageAndSpectroscopyInstanceMacro(DicomModel):
    """MR Image and Spectroscopy Instance Macro Attributes (PS3.3 Table C.8-83)."""

    dicom_name: ClassVar[str] = "MR Image and Spectroscopy Instance"
    dicom_table: ClassVar[str] = "table_C.8-83"

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


_EXPORTS: dict[str, tuple[str, str]] = {
    "ApplicableSafetyStandardAgencyTerm": (
        "dicomodel.enums.applicable_safety_standard_agency",
        "ApplicableSafetyStandardAgencyTerm",
    ),
    "ContentQualification": ("dicomodel.enums.content_qualification", "ContentQualification"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
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
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
