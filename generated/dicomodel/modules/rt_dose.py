"""RT Dose Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.dose_summation_type import DoseSummationTypeTerm as _DoseSummationTypeTerm
    from dicomodel.enums.dose_type import DoseTypeTerm as _DoseTypeTerm
    from dicomodel.enums.dose_units import DoseUnitsValue as _DoseUnitsValue
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationValue as _PhotometricInterpretationValue,
    )
    from dicomodel.enums.spatial_transform_of_dose import (
        SpatialTransformOfDoseTerm as _SpatialTransformOfDoseTerm,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.plan_overview_sequence_item import (
        PlanOverviewSequenceItem as _PlanOverviewSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_rt_dose import (
        ReferencedInstanceSequenceItemRTDose as _ReferencedInstanceSequenceItemRTDose,
    )
    from dicomodel.items.referenced_rt_plan_sequence_item_rt_dose import (
        ReferencedRTPlanSequenceItemRTDose as _ReferencedRTPlanSequenceItemRTDose,
    )
    from dicomodel.items.referenced_treatment_record_sequence_item import (
        ReferencedTreatmentRecordSequenceItem as _ReferencedTreatmentRecordSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DoseSummationTypeTerm = Lazy("dicomodel.enums.dose_summation_type", "DoseSummationTypeTerm")
    _DoseTypeTerm = Lazy("dicomodel.enums.dose_type", "DoseTypeTerm")
    _DoseUnitsValue = Lazy("dicomodel.enums.dose_units", "DoseUnitsValue")
    _PhotometricInterpretationValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationValue"
    )
    _PlanOverviewSequenceItem = Lazy(
        "dicomodel.items.plan_overview_sequence_item", "PlanOverviewSequenceItem"
    )
    _ReferencedInstanceSequenceItemRTDose = Lazy(
        "dicomodel.items.referenced_instance_sequence_item_rt_dose",
        "ReferencedInstanceSequenceItemRTDose",
    )
    _ReferencedRTPlanSequenceItemRTDose = Lazy(
        "dicomodel.items.referenced_rt_plan_sequence_item_rt_dose",
        "ReferencedRTPlanSequenceItemRTDose",
    )
    _ReferencedTreatmentRecordSequenceItem = Lazy(
        "dicomodel.items.referenced_treatment_record_sequence_item",
        "ReferencedTreatmentRecordSequenceItem",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _SpatialTransformOfDoseTerm = Lazy(
        "dicomodel.enums.spatial_transform_of_dose", "SpatialTransformOfDoseTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.dose_summation_type import DoseSummationTypeTerm as DoseSummationTypeTerm
    from dicomodel.enums.dose_type import DoseTypeTerm as DoseTypeTerm
    from dicomodel.enums.dose_units import DoseUnits as DoseUnits
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretation as PhotometricInterpretation,
    )
    from dicomodel.enums.spatial_transform_of_dose import (
        SpatialTransformOfDoseTerm as SpatialTransformOfDoseTerm,
    )
    from dicomodel.items.beam_sequence_item import BeamSequenceItem as ReferencedBeamSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DerivationCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TreatmentSiteModifierCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.plan_overview_sequence_item import (
        PlanOverviewSequenceItem as PlanOverviewSequenceItem,
    )
    from dicomodel.items.prescription_overview_sequence_item import (
        PrescriptionOverviewSequenceItem as PrescriptionOverviewSequenceItem,
    )
    from dicomodel.items.referenced_brachy_application_setup_sequence_item import (
        ReferencedBrachyApplicationSetupSequenceItem as ReferencedBrachyApplicationSetupSequenceItem,
    )
    from dicomodel.items.referenced_control_point_sequence_item import (
        ReferencedControlPointSequenceItem as ReferencedControlPointSequenceItem,
    )
    from dicomodel.items.referenced_fraction_group_sequence_item import (
        ReferencedFractionGroupSequenceItem as ReferencedFractionGroupSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_rt_dose import (
        ReferencedInstanceSequenceItemRTDose as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.referenced_rt_plan_sequence_item_rt_dose import (
        ReferencedRTPlanSequenceItemRTDose as ReferencedRTPlanSequenceItem,
    )
    from dicomodel.items.referenced_treatment_record_sequence_item import (
        ReferencedTreatmentRecordSequenceItem as ReferencedTreatmentRecordSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedSpatialRegistrationSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStructureSetSequenceItem,
    )
    from dicomodel.items.treatment_site_code_sequence_item import (
        TreatmentSiteCodeSequenceItem as TreatmentSiteCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DerivationCodeSequenceItem",
    "DoseSummationTypeTerm",
    "DoseTypeTerm",
    "DoseUnits",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PhotometricInterpretation",
    "PlanOverviewSequenceItem",
    "PrescriptionOverviewSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "RTDoseModule",
    "ReferencedBeamSequenceItem",
    "ReferencedBrachyApplicationSetupSequenceItem",
    "ReferencedControlPointSequenceItem",
    "ReferencedFractionGroupSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedRTPlanSequenceItem",
    "ReferencedSpatialRegistrationSequenceItem",
    "ReferencedStructureSetSequenceItem",
    "ReferencedTreatmentRecordSequenceItem",
    "SpatialTransformOfDoseTerm",
    "TreatmentSiteCodeSequenceItem",
    "TreatmentSiteModifierCodeSequenceItem",
]


class RTDoseModule(DicomModel):
    """RT Dose Module Attributes (PS3.3 Table C.8-39)."""

    dicom_name: ClassVar[str] = "RT Dose"
    dicom_table: ClassVar[str] = "table_C.8-39"

    SamplesPerPixel: Annotated[
        vr.US | None,
        Attribute(
            0x00280002,
            "US",
            "1",
            "1C",
            name="Samples per Pixel",
            enumerated=((0, ("1",)),),
            when=("present", 0x7FE00010),
        ),
    ] = None
    """Samples per Pixel (0028,0002): Type 1C, VR US, VM 1. Required if Pixel Data (7FE0,0010) is present. Number of samples (planes) in this image. See Section C.8.8.3.4.1 for specialization. Required if Pixel Data (7FE0,0010) is present."""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationValue | None,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1C",
            name="Photometric Interpretation",
            enumerated=((0, ("MONOCHROME2",)),),
            when=("present", 0x7FE00010),
        ),
    ] = None
    """Photometric Interpretation (0028,0004): Type 1C, VR CS, VM 1. Required if Pixel Data (7FE0,0010) is present. Specifies the intended interpretation of the pixel data. See Section C.8.8.3.4.2 for specialization. Required if Pixel Data (7FE0,0010) is present."""

    BitsAllocated: Annotated[
        vr.US | None,
        Attribute(
            0x00280100,
            "US",
            "1",
            "1C",
            name="Bits Allocated",
            enumerated=((0, ("16", "32")),),
            when=("present", 0x7FE00010),
        ),
    ] = None
    """Bits Allocated (0028,0100): Type 1C, VR US, VM 1. Required if Pixel Data (7FE0,0010) is present. Number of bits allocated for each pixel sample. Each sample shall have the same number of bits allocated. See Section C.8.8.3.4.3 for specialization. Required if Pixel Data (7FE0,0010) is present."""

    BitsStored: Annotated[
        vr.US | None,
        Attribute(0x00280101, "US", "1", "1C", name="Bits Stored", when=("present", 0x7FE00010)),
    ] = None
    """Bits Stored (0028,0101): Type 1C, VR US, VM 1. Required if Pixel Data (7FE0,0010) is present. Number of bits stored for each pixel sample. Each sample shall have the same number of bits stored. See Section C.8.8.3.4.4 for specialization. Required if Pixel Data (7FE0,0010) is present."""

    HighBit: Annotated[
        vr.US | None,
        Attribute(0x00280102, "US", "1", "1C", name="High Bit", when=("present", 0x7FE00010)),
    ] = None
    """High Bit (0028,0102): Type 1C, VR US, VM 1. Required if Pixel Data (7FE0,0010) is present. Most significant bit for each pixel sample. Each sample shall have the same high bit. See Section C.8.8.3.4.5 for specialization. Required if Pixel Data (7FE0,0010) is present."""

    PixelRepresentation: Annotated[
        vr.US | None,
        Attribute(
            0x00280103,
            "US",
            "1",
            "1C",
            name="Pixel Representation",
            enumerated=((0, ("0001H", "0000H")),),
            when=("present", 0x7FE00010),
        ),
    ] = None
    """Pixel Representation (0028,0103): Type 1C, VR US, VM 1. Required if Pixel Data (7FE0,0010) is present. Data representation of the pixel samples. Each sample shall have the same pixel representation. See Section C.8.8.3.4.6 for specialization. Required if Pixel Data (7FE0,0010) is present."""

    ContentDate: Annotated[
        vr.DA | None, Attribute(0x00080023, "DA", "1", "3", name="Content Date")
    ] = None
    """Content Date (0008,0023): Type 3, VR DA, VM 1. The date the content of this Module was created."""

    ContentTime: Annotated[
        vr.TM | None, Attribute(0x00080033, "TM", "1", "3", name="Content Time")
    ] = None
    """Content Time (0008,0033): Type 3, VR TM, VM 1. The time the content of this Module was created."""

    DoseUnits: Annotated[
        _DoseUnitsValue,
        Attribute(
            0x30040002, "CS", "1", "1", name="Dose Units", enumerated=((0, ("GY", "RELATIVE")),)
        ),
    ]
    """Dose Units (3004,0002): Type 1, VR CS, VM 1. Units used to describe dose. Enumerated Values: GY Gray RELATIVE dose relative to implicit reference value"""

    DoseType: Annotated[
        _DoseTypeTerm | vr.CS, Attribute(0x30040004, "CS", "1", "1", name="Dose Type")
    ]
    """Dose Type (3004,0004): Type 1, VR CS, VM 1. Type of dose. Defined Terms: PHYSICAL physical dose EFFECTIVE physical dose after correction for biological effect using user-defined modeling technique ERROR difference between desired and planned dose See Section C.8.8.3.6."""

    SpatialTransformOfDose: Annotated[
        _SpatialTransformOfDoseTerm | vr.CS | None,
        Attribute(0x30040005, "CS", "1", "3", name="Spatial Transform of Dose"),
    ] = None
    """Spatial Transform of Dose (3004,0005): Type 3, VR CS, VM 1. The use of transformation in the calculation of the combined dose. Defined Terms: NONE No transformation. Calculated on the original image set RIGID Only Rigid transform used (see definition in Section C.20.2.1.2) NON_RIGID Any other transf..."""

    ReferencedSpatialRegistrationSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00700404,
            "SQ",
            "1",
            "2C",
            name="Referenced Spatial Registration Sequence",
            when=(
                "and",
                ("present", 0x30040005),
                ("value", 0x30040005, 0, "in", ("RIGID", "NON_RIGID")),
            ),
        ),
    ] = None
    """Referenced Spatial Registration Sequence (0070,0404): Type 2C, VR SQ, VM 1. Required, if Spatial Transform of Dose (3004,0005) is provided and has a value of RIGID or NON_RIGID. A reference to a Spatial Registration SOP Instance or a Deformable Spatial Registration SOP Instance, which defines the transformation used to transform the dose."""

    InstanceNumber: Annotated[
        vr.IS | None, Attribute(0x00200013, "IS", "1", "3", name="Instance Number")
    ] = None
    """Instance Number (0020,0013): Type 3, VR IS, VM 1. A number that identifies this object Instance."""

    EntityLongLabel: Annotated[
        vr.LO | None, Attribute(0x30100038, "LO", "1", "3", name="Entity Long Label")
    ] = None
    """Entity Long Label (3010,0038): Type 3, VR LO, VM 1. User-defined label for dose data. See Section 10.32.2.1."""

    DoseComment: Annotated[
        vr.LO | None, Attribute(0x30040006, "LO", "1", "3", name="Dose Comment")
    ] = None
    """Dose Comment (3004,0006): Type 3, VR LO, VM 1. User-defined comments for dose data."""

    NormalizationPoint: Annotated[
        list[vr.DS] | None, Attribute(0x30040008, "DS", "3", "3", name="Normalization Point")
    ] = None
    """Normalization Point (3004,0008): Type 3, VR DS, VM 3. Coordinates (x, y, z) of normalization point in the patient-Based Coordinate System described in Section C.7.6.2.1.1 (mm). See Section C.8.8.3.1."""

    DoseSummationType: Annotated[
        _DoseSummationTypeTerm | vr.CS,
        Attribute(0x3004000A, "CS", "1", "1", name="Dose Summation Type"),
    ]
    """Dose Summation Type (3004,000A): Type 1, VR CS, VM 1. Type of dose summation. Defined Terms: PLAN dose calculated for entire delivery of all fraction groups of RT Plan MULTI_PLAN dose calculated for entire delivery of 2 or more RT Plans PLAN_OVERVIEW dose calculated with respect to plan overvi..."""

    ReferencedRTPlanSequence: Annotated[
        list[_ReferencedRTPlanSequenceItemRTDose] | None,
        Attribute(
            0x300C0002,
            "SQ",
            "1",
            "1C",
            name="Referenced RT Plan Sequence",
            when=(
                "value",
                0x3004000A,
                0,
                "in",
                (
                    "PLAN",
                    "MULTI_PLAN",
                    "FRACTION",
                    "BEAM",
                    "BRACHY",
                    "FRACTION_SESSION",
                    "BEAM_SESSION",
                    "BRACHY_SESSION",
                    "CONTROL_POINT",
                ),
            ),
        ),
    ] = None
    """Referenced RT Plan Sequence (300C,0002): Type 1C, VR SQ, VM 1. Required if Dose Summation Type (3004,000A) is PLAN, MULTI_PLAN, FRACTION, BEAM, BRACHY, FRACTION_SESSION, BEAM_SESSION, BRACHY_SESSION or CONTROL_POINT. May be present if Dose Summation Type (3004,000A) is PLAN_OVERVIEW. Sequence describing RT Plan associated with dose. Required if Dose Summation Type (3004,000A) is PLAN, MULTI_PLAN, FRACTION, BEAM, BRACHY, FRACTION_SESSION, BEAM_SESSION, BRACHY_SESSION or CONTROL_POINT."""

    ReferencedTreatmentRecordSequence: Annotated[
        list[_ReferencedTreatmentRecordSequenceItem] | None,
        Attribute(
            0x30080030,
            "SQ",
            "1",
            "1C",
            name="Referenced Treatment Record Sequence",
            when=("value", 0x3004000A, 0, "in", ("RECORD",)),
        ),
    ] = None
    """Referenced Treatment Record Sequence (3008,0030): Type 1C, VR SQ, VM 1. Required if Dose Summation Type (3004,000A) is RECORD. Sequence describing RT Beams Treatment Record associated with dose. One or more Items shall be included in this Sequence. Required if Dose Summation Type (3004,000A) is RECORD."""

    GridFrameOffsetVector: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x3004000C,
            "DS",
            "2-n",
            "1C",
            name="Grid Frame Offset Vector",
            when=(
                "and",
                ("unknown", "depends on the multi-frame structure of the pixel data"),
                ("value", 0x00280009, 0, "in", (805568524,)),
            ),
        ),
    ] = None
    """Grid Frame Offset Vector (3004,000C): Type 1C, VR DS, VM 2-n. Required if multi-frame pixel data are present and Frame Increment Pointer (0028,0009) points to Grid Frame Offset Vector (3004,000C). An array that contains the dose image plane offsets (in mm) of the dose image frames in a multi-frame dose. Required if multi-frame pixel data are present and Frame Increment Pointer (0028,0009) points to Grid Frame Offset Vector (3004,000C..."""

    DoseGridScaling: Annotated[
        vr.DS | None,
        Attribute(
            0x3004000E, "DS", "1", "1C", name="Dose Grid Scaling", when=("present", 0x7FE00010)
        ),
    ] = None
    """Dose Grid Scaling (3004,000E): Type 1C, VR DS, VM 1. Required if Pixel Data (7FE0,0010) is present. Scaling factor that when multiplied by the dose grid data found in Pixel Data (7FE0,0010) Attribute of the Image Pixel Module, yields grid doses in the dose units as specified by Dose Units (3004,0002)."""

    TissueHeterogeneityCorrection: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x30040014,
            "CS",
            "1-3",
            "3",
            name="Tissue Heterogeneity Correction",
            enumerated=((0, ("IMAGE", "ROI_OVERRIDE", "WATER")),),
        ),
    ] = None
    """Tissue Heterogeneity Correction (3004,0014): Type 3, VR CS, VM 1-3. Specifies a list of patient heterogeneity characteristics used for calculating dose. This Attribute shall be multi-valued if beams used to compute the dose have differing correction techniques."""

    DerivationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00089215, "SQ", "1", "3", name="Derivation Code Sequence"),
    ] = None
    """Derivation Code Sequence (0008,9215): Type 3, VR SQ, VM 1. A coded description of how this dose was derived from other RT Dose and/or RT Plan objects. One or more Items are permitted in this Sequence. More than one Item indicates that successive derivation steps have been applied."""

    ReferencedInstanceSequence: Annotated[
        list[_ReferencedInstanceSequenceItemRTDose] | None,
        Attribute(0x0008114A, "SQ", "1", "3", name="Referenced Instance Sequence"),
    ] = None
    """Referenced Instance Sequence (0008,114A): Type 3, VR SQ, VM 1. The set of SOP Instances used to derive this RT Dose SOP Instance from other RT Dose and/or RT Plan objects. One or more Items are permitted in this Sequence."""

    PlanOverviewSequence: Annotated[
        list[_PlanOverviewSequenceItem] | None,
        Attribute(
            0x300C0116,
            "SQ",
            "1",
            "1C",
            name="Plan Overview Sequence",
            when=("value", 0x3004000A, 0, "in", ("PLAN_OVERVIEW",)),
        ),
    ] = None
    """Plan Overview Sequence (300C,0116): Type 1C, VR SQ, VM 1. Required if Dose Summation Type (3004,000A) is PLAN_OVERVIEW. May be present if Dose Summation Type (3004,000A) is PLAN, MULTI_PLAN or RECORD. Parameters providing an overview of the plan used to create this RT Dose Instance. Required if Dose Summation Type (3004,000A) is PLAN_OVERVIEW. May be present if Dose Summation Type (3004,000A) is PLAN, MULTI_PLAN or RECORD."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "DoseSummationTypeTerm": ("dicomodel.enums.dose_summation_type", "DoseSummationTypeTerm"),
    "DoseTypeTerm": ("dicomodel.enums.dose_type", "DoseTypeTerm"),
    "DoseUnits": ("dicomodel.enums.dose_units", "DoseUnits"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretation",
    ),
    "PlanOverviewSequenceItem": (
        "dicomodel.items.plan_overview_sequence_item",
        "PlanOverviewSequenceItem",
    ),
    "PrescriptionOverviewSequenceItem": (
        "dicomodel.items.prescription_overview_sequence_item",
        "PrescriptionOverviewSequenceItem",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedBeamSequenceItem": ("dicomodel.items.beam_sequence_item", "BeamSequenceItem"),
    "ReferencedBrachyApplicationSetupSequenceItem": (
        "dicomodel.items.referenced_brachy_application_setup_sequence_item",
        "ReferencedBrachyApplicationSetupSequenceItem",
    ),
    "ReferencedControlPointSequenceItem": (
        "dicomodel.items.referenced_control_point_sequence_item",
        "ReferencedControlPointSequenceItem",
    ),
    "ReferencedFractionGroupSequenceItem": (
        "dicomodel.items.referenced_fraction_group_sequence_item",
        "ReferencedFractionGroupSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item_rt_dose",
        "ReferencedInstanceSequenceItemRTDose",
    ),
    "ReferencedRTPlanSequenceItem": (
        "dicomodel.items.referenced_rt_plan_sequence_item_rt_dose",
        "ReferencedRTPlanSequenceItemRTDose",
    ),
    "ReferencedSpatialRegistrationSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedStructureSetSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedTreatmentRecordSequenceItem": (
        "dicomodel.items.referenced_treatment_record_sequence_item",
        "ReferencedTreatmentRecordSequenceItem",
    ),
    "SpatialTransformOfDoseTerm": (
        "dicomodel.enums.spatial_transform_of_dose",
        "SpatialTransformOfDoseTerm",
    ),
    "TreatmentSiteCodeSequenceItem": (
        "dicomodel.items.treatment_site_code_sequence_item",
        "TreatmentSiteCodeSequenceItem",
    ),
    "TreatmentSiteModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
