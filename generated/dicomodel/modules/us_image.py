"""US Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.beat_rejection_flag import (
        BeatRejectionFlagValue as _BeatRejectionFlagValue,
    )
    from dicomodel.enums.ivus_acquisition import IVUSAcquisitionTerm as _IVUSAcquisitionTerm
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.overlay_subtype import OverlaySubtypeTerm as _OverlaySubtypeTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationTermUSImage as _PhotometricInterpretationTermUSImage,
    )
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirectionValue as _SliceProgressionDirectionValue,
    )
    from dicomodel.enums.transducer_type import TransducerTypeTerm as _TransducerTypeTerm
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as _DeviceIdentificationItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as _PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction import (
        ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection as _ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection,
    )
else:
    from dicomodel.lazy import Lazy

    _AnatomicRegionSequenceItem = Lazy(
        "dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"
    )
    _BeatRejectionFlagValue = Lazy("dicomodel.enums.beat_rejection_flag", "BeatRejectionFlagValue")
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DeviceIdentificationItem = Lazy(
        "dicomodel.items.device_identification_item", "DeviceIdentificationItem"
    )
    _IVUSAcquisitionTerm = Lazy("dicomodel.enums.ivus_acquisition", "IVUSAcquisitionTerm")
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _OverlaySubtypeTerm = Lazy("dicomodel.enums.overlay_subtype", "OverlaySubtypeTerm")
    _PhotometricInterpretationTermUSImage = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationTermUSImage"
    )
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )
    _SliceProgressionDirectionValue = Lazy(
        "dicomodel.enums.slice_progression_direction", "SliceProgressionDirectionValue"
    )
    _TransducerTypeTerm = Lazy("dicomodel.enums.transducer_type", "TransducerTypeTerm")
    _ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection = Lazy(
        "dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction",
        "ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection",
    )

if TYPE_CHECKING:
    from dicomodel.enums.beat_rejection_flag import BeatRejectionFlag as BeatRejectionFlag
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.ivus_acquisition import IVUSAcquisitionTerm as IVUSAcquisitionTerm
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.overlay_subtype import OverlaySubtypeTerm as OverlaySubtypeTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationTermUSImage as PhotometricInterpretationTerm,
    )
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirection as SliceProgressionDirection,
    )
    from dicomodel.enums.transducer_type import TransducerTypeTerm as TransducerTypeTerm
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as StageCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ViewModifierCodeSequenceItem
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as TransducerIdentificationSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem
    from dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction import (
        ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection as ViewCodeSequenceItem,
    )

__all__ = [
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "BeatRejectionFlag",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "IVUSAcquisitionTerm",
    "LossyImageCompression",
    "MappingResourceTerm",
    "OverlaySubtypeTerm",
    "PhotometricInterpretationTerm",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "SliceProgressionDirection",
    "StageCodeSequenceItem",
    "TransducerIdentificationSequenceItem",
    "TransducerTypeTerm",
    "UDISequenceItem",
    "USImageModule",
    "ViewCodeSequenceItem",
    "ViewModifierCodeSequenceItem",
]


class USImageModule(DicomModel):
    """US Image Module Attributes (PS3.3 Table C.8-18)."""

    dicom_name: ClassVar[str] = "US Image"
    dicom_table: ClassVar[str] = "table_C.8-18"

    SamplesPerPixel: Annotated[
        vr.US, Attribute(0x00280002, "US", "1", "1", name="Samples Per Pixel")
    ]
    """Samples Per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. See Section C.8.5.6.1.12 for specialization."""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationTermUSImage | vr.CS,
        Attribute(0x00280004, "CS", "1", "1", name="Photometric Interpretation"),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. See Section C.8.5.6.1.2 for specialization."""

    BitsAllocated: Annotated[vr.US, Attribute(0x00280100, "US", "1", "1", name="Bits Allocated")]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. See Section C.8.5.6.1.13 for specialization."""

    BitsStored: Annotated[vr.US, Attribute(0x00280101, "US", "1", "1", name="Bits Stored")]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. See Section C.8.5.6.1.14 for specialization."""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. See Section C.8.5.6.1.15 for specialization."""

    PlanarConfiguration: Annotated[
        vr.US | None,
        Attribute(
            0x00280006,
            "US",
            "1",
            "1C",
            name="Planar Configuration",
            when=("compare", 0x00280002, 1, ">", 1),
        ),
    ] = None
    """Planar Configuration (0028,0006): Type 1C, VR US, VM 1. Required if Samples per Pixel (0028,0002) has a value greater than 1. Indicates whether the pixel data are encoded color-by-plane or color-by-pixel. Required if Samples per Pixel (0028,0002) has a value greater than 1. See Section C.8.5.6.1.16 for specialization."""

    PixelRepresentation: Annotated[
        vr.US,
        Attribute(
            0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0000H",)),)
        ),
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of pixel samples. See Section C.8.5.6.1.3 for specialization."""

    FrameIncrementPointer: Annotated[
        list[vr.AT] | None,
        Attribute(
            0x00280009,
            "AT",
            "1-n",
            "1C",
            name="Frame Increment Pointer",
            when=("present", 0x00280008),
        ),
    ] = None
    """Frame Increment Pointer (0028,0009): Type 1C, VR AT, VM 1-n. Required if Number of Frames is present. Contains the Data Element Tag of the Attribute that is used as the frame increment in Multi-frame pixel data (see Section C.7.6.6). Required if Number of Frames is present. See Section C.8.5.6.1.4 for specialization."""

    ImageType: Annotated[
        list[vr.CS] | None, Attribute(0x00080008, "CS", "2-n", "2", name="Image Type")
    ]
    """Image Type (0008,0008): Type 2, VR CS, VM 2-n. Image identification characteristics. See Section C.8.5.6.1.1 for specialization."""

    LossyImageCompression: Annotated[
        _LossyImageCompressionValue | None,
        Attribute(
            0x00282110,
            "CS",
            "1",
            "1C",
            name="Lossy Image Compression",
            enumerated=((0, ("00", "01")),),
            when=("unknown", "depends on lossy compression"),
            otherwise="may",
        ),
    ] = None
    """Lossy Image Compression (0028,2110): Type 1C, VR CS, VM 1. Required if Lossy Compression has been performed on the Image. May be present otherwise. Specifies whether an Image has undergone lossy compression (at a point in its lifetime). Enumerated Values: 00 Image has not been subjected to lossy compression. 01 Image has been subjected to lossy compression."""

    NumberOfStages: Annotated[
        vr.IS | None,
        Attribute(
            0x00082124,
            "IS",
            "1",
            "2C",
            name="Number of Stages",
            when=("unknown", "names no attribute: image was acquired in a Staged protocol"),
        ),
    ] = None
    """Number of Stages (0008,2124): Type 2C, VR IS, VM 1. Required if image was acquired in a Staged protocol. Number of Stages in this protocol. Required if image was acquired in a Staged protocol."""

    NumberOfViewsInStage: Annotated[
        vr.IS | None,
        Attribute(
            0x0008212A,
            "IS",
            "1",
            "2C",
            name="Number of Views in Stage",
            when=("unknown", "names no attribute: image was acquired in a Staged protocol"),
        ),
    ] = None
    """Number of Views in Stage (0008,212A): Type 2C, VR IS, VM 1. Required if image was acquired in a Staged protocol. Number of views in this Stage. Required if image was acquired in a Staged protocol."""

    RWaveTimeVector: Annotated[
        list[vr.FL] | None, Attribute(0x00186060, "FL", "1-n", "3", name="R Wave Time Vector")
    ] = None
    """R Wave Time Vector (0018,6060): Type 3, VR FL, VM 1-n. The time offset(s) of the reported R Wave peaks, each relative to the time of the start of the acquisition of the first frame in msec. Multi-valued, with one value per reported R Wave."""

    UltrasoundColorDataPresent: Annotated[
        vr.US | None,
        Attribute(
            0x00280014,
            "US",
            "1",
            "3",
            name="Ultrasound Color Data Present",
            enumerated=((0, ("00", "01")),),
        ),
    ] = None
    """Ultrasound Color Data Present (0028,0014): Type 3, VR US, VM 1. This element indicates if any ultrasound color data is present in an image. Enumerated Values: 00 Ultrasound color data not present in image 01 Ultrasound color data is present in image. See Section C.8.5.6.1.10"""

    StageName: Annotated[vr.SH | None, Attribute(0x00082120, "SH", "1", "3", name="Stage Name")] = (
        None
    )
    """Stage Name (0008,2120): Type 3, VR SH, VM 1. A Stage is a particular time slice of a protocol in which a set of images are collected. The names can be free form text. Recommended text for Stress Echo stage names: PRE-EXERCISE POST-EXERCISE PEAK-EXERCISE RECOVERY BASELINE LOW DOSE PEAK..."""

    StageCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0040000A, "SQ", "1", "3", name="Stage Code Sequence"),
    ] = None
    """Stage Code Sequence (0040,000A): Type 3, VR SQ, VM 1. Sequence of Items describing the performed Ultrasound Protocol Stage(s). One or more Items are permitted in this Sequence."""

    StageNumber: Annotated[
        vr.IS | None, Attribute(0x00082122, "IS", "1", "3", name="Stage Number")
    ] = None
    """Stage Number (0008,2122): Type 3, VR IS, VM 1. A number that identifies the Stage. Stage Number starts at one."""

    ViewName: Annotated[vr.SH | None, Attribute(0x00082127, "SH", "1", "3", name="View Name")] = (
        None
    )
    """View Name (0008,2127): Type 3, VR SH, VM 1. A View is a particular combination of the position and orientation when a set of images are acquired. Images are acquired at the same View in different Stages for the purpose of comparison."""

    ViewNumber: Annotated[
        vr.IS | None, Attribute(0x00082128, "IS", "1", "3", name="View Number")
    ] = None
    """View Number (0008,2128): Type 3, VR IS, VM 1. A number that identifies the View. View Number starts at one."""

    NumberOfEventTimers: Annotated[
        vr.IS | None, Attribute(0x00082129, "IS", "1", "3", name="Number of Event Timers")
    ] = None
    """Number of Event Timers (0008,2129): Type 3, VR IS, VM 1. The number of event timers used at the time of acquisition of a Multi-frame image."""

    EventElapsedTimes: Annotated[
        list[vr.DS] | None, Attribute(0x00082130, "DS", "1-n", "3", name="Event Elapsed Time(s)")
    ] = None
    """Event Elapsed Time(s) (0008,2130): Type 3, VR DS, VM 1-n. An array of values associated with each event timer. Units in milliseconds."""

    EventTimerNames: Annotated[
        list[vr.LO] | None, Attribute(0x00082132, "LO", "1-n", "3", name="Event Timer Name(s)")
    ] = None
    """Event Timer Name(s) (0008,2132): Type 3, VR LO, VM 1-n. Name that identifies the event timer."""

    AnatomicRegionSequence: Annotated[
        list[_AnatomicRegionSequenceItem] | None,
        Attribute(0x00082218, "SQ", "1", "3", name="Anatomic Region Sequence"),
    ] = None
    """Anatomic Region Sequence (0008,2218): Type 3, VR SQ, VM 1. Sequence that identifies the anatomic region of interest in this Instance (i.e., external anatomy, surface anatomy, or general region of the body). Only a single Item is permitted in this Sequence."""

    PrimaryAnatomicStructureSequence: Annotated[
        list[_PrimaryAnatomicStructureSequenceItem] | None,
        Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
    ] = None
    """Primary Anatomic Structure Sequence (0008,2228): Type 3, VR SQ, VM 1. Sequence of Items that identifies the primary anatomic structure(s) of interest in this Instance. One or more Items are permitted in this Sequence."""

    ViewCodeSequence: Annotated[
        list[_ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection] | None,
        Attribute(0x00540220, "SQ", "1", "3", name="View Code Sequence"),
    ] = None
    """View Code Sequence (0054,0220): Type 3, VR SQ, VM 1. Sequence that describes the projection of the anatomic region of interest. Only a single Item is permitted in this Sequence."""

    SliceProgressionDirection: Annotated[
        _SliceProgressionDirectionValue | None,
        Attribute(
            0x00540500,
            "CS",
            "1",
            "3",
            name="Slice Progression Direction",
            enumerated=(
                (
                    0,
                    (
                        "APEX_TO_BASE",
                        "BASE_TO_APEX",
                        "ANT_TO_INF",
                        "INF_TO_ANT",
                        "SEPTUM_TO_WALL",
                        "WALL_TO_SEPTUM",
                    ),
                ),
            ),
        ),
    ] = None
    """Slice Progression Direction (0054,0500): Type 3, VR CS, VM 1. Describes the anatomical direction in which a set of slices is progressing (see Section 10.20.1.1). Meaningful only for cardiac images. Enumerated Values are defined in Section 10.20.1.1."""

    AcquisitionDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x0008002A,
            "DT",
            "1",
            "1C",
            name="Acquisition DateTime",
            when=("value", 0x00080060, 0, "in", ("IVUS",)),
            otherwise="may",
        ),
    ] = None
    """Acquisition DateTime (0008,002A): Type 1C, VR DT, VM 1. Required if Modality (0008,0060) = IVUS May be present otherwise. The date and time that the acquisition of data that resulted in this image started. Required if Modality (0008,0060) = IVUS May be present otherwise."""

    TriggerTime: Annotated[
        vr.DS | None, Attribute(0x00181060, "DS", "1", "3", name="Trigger Time")
    ] = None
    """Trigger Time (0018,1060): Type 3, VR DS, VM 1. Time interval measured in msec from the start of the R-wave to the beginning of data taking."""

    NominalInterval: Annotated[
        vr.IS | None, Attribute(0x00181062, "IS", "1", "3", name="Nominal Interval")
    ] = None
    """Nominal Interval (0018,1062): Type 3, VR IS, VM 1. Average R-R interval used for these data, in msec."""

    BeatRejectionFlag: Annotated[
        _BeatRejectionFlagValue | None,
        Attribute(
            0x00181080, "CS", "1", "3", name="Beat Rejection Flag", enumerated=((0, ("Y", "N")),)
        ),
    ] = None
    """Beat Rejection Flag (0018,1080): Type 3, VR CS, VM 1. Beat length sorting has been applied. Enumerated Values: Y yes N no"""

    LowRRValue: Annotated[
        vr.IS | None, Attribute(0x00181081, "IS", "1", "3", name="Low R-R Value")
    ] = None
    """Low R-R Value (0018,1081): Type 3, VR IS, VM 1. R-R interval low limit for beat rejection, in msec."""

    HighRRValue: Annotated[
        vr.IS | None, Attribute(0x00181082, "IS", "1", "3", name="High R-R Value")
    ] = None
    """High R-R Value (0018,1082): Type 3, VR IS, VM 1. R-R interval high limit for beat rejection, in msec."""

    HeartRate: Annotated[vr.IS | None, Attribute(0x00181088, "IS", "1", "3", name="Heart Rate")] = (
        None
    )
    """Heart Rate (0018,1088): Type 3, VR IS, VM 1. Beats per minute."""

    IVUSAcquisition: Annotated[
        _IVUSAcquisitionTerm | vr.CS | None,
        Attribute(
            0x00183100,
            "CS",
            "1",
            "1C",
            name="IVUS Acquisition",
            when=("value", 0x00080060, 0, "in", ("IVUS",)),
        ),
    ] = None
    """IVUS Acquisition (0018,3100): Type 1C, VR CS, VM 1. Required if Modality (0008,0060) = IVUS. Defined Terms: MOTOR_PULLBACK MANUAL_PULLBACK SELECTIVE GATED_PULLBACK See Section C.8.5.6.1.21 Required if Modality (0008,0060) = IVUS."""

    IVUSPullbackRate: Annotated[
        vr.DS | None,
        Attribute(
            0x00183101,
            "DS",
            "1",
            "1C",
            name="IVUS Pullback Rate",
            when=("value", 0x00183100, 0, "in", ("MOTOR_PULLBACK",)),
        ),
    ] = None
    """IVUS Pullback Rate (0018,3101): Type 1C, VR DS, VM 1. Required if IVUS Acquisition (0018,3100) value is MOTOR_PULLBACK. Required if IVUS Acquisition (0018,3100) value is MOTOR_PULLBACK. Specified in units of mm/sec. See Section C.8.5.6.1.22"""

    IVUSGatedRate: Annotated[
        vr.DS | None,
        Attribute(
            0x00183102,
            "DS",
            "1",
            "1C",
            name="IVUS Gated Rate",
            when=("value", 0x00183100, 0, "in", ("GATED_PULLBACK",)),
        ),
    ] = None
    """IVUS Gated Rate (0018,3102): Type 1C, VR DS, VM 1. Required if IVUS Acquisition (0018,3100) value is GATED_PULLBACK. Required if IVUS Acquisition (0018,3100) value is GATED_PULLBACK. Specified in units of mm/beat. See Section C.8.5.6.1.23"""

    IVUSPullbackStartFrameNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x00183103,
            "IS",
            "1",
            "1C",
            name="IVUS Pullback Start Frame Number",
            when=("value", 0x00183100, 0, "in", ("MOTOR_PULLBACK", "GATED_PULLBACK")),
        ),
    ] = None
    """IVUS Pullback Start Frame Number (0018,3103): Type 1C, VR IS, VM 1. Required if IVUS Acquisition (0018,3100) value is MOTOR_PULLBACK or GATED_PULLBACK. Required if IVUS Acquisition (0018,3100) value is MOTOR_PULLBACK or GATED_PULLBACK. See Section C.8.5.6.1.24"""

    IVUSPullbackStopFrameNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x00183104,
            "IS",
            "1",
            "1C",
            name="IVUS Pullback Stop Frame Number",
            when=("value", 0x00183100, 0, "in", ("MOTOR_PULLBACK", "GATED_PULLBACK")),
        ),
    ] = None
    """IVUS Pullback Stop Frame Number (0018,3104): Type 1C, VR IS, VM 1. Required if IVUS Acquisition (0018,3100) value is MOTOR_PULLBACK or GATED_PULLBACK. Required if IVUS Acquisition (0018,3100) value is MOTOR_PULLBACK or GATED_PULLBACK. See Section C.8.5.6.1.25"""

    LesionNumber: Annotated[
        list[vr.IS] | None, Attribute(0x00183105, "IS", "1-n", "3", name="Lesion Number")
    ] = None
    """Lesion Number (0018,3105): Type 3, VR IS, VM 1-n. Identifier(s) of the lesion(s) of interest imaged within the current SOP Instance. Each lesion shall have a unique numeric integer identifier within the Study. See Section C.8.5.6.1.26."""

    OutputPower: Annotated[
        list[vr.SH] | None, Attribute(0x00185000, "SH", "1-n", "3", name="Output Power")
    ] = None
    """Output Power (0018,5000): Type 3, VR SH, VM 1-n. Manufacturer defined character string description of ultrasound output level(s) used in generating a given image. Data may be expressed in dB, %, W/cm2, etc."""

    TransducerData: Annotated[
        list[vr.LO] | None, Attribute(0x00185010, "LO", "1-n", "3", name="Transducer Data")
    ] = None
    """Transducer Data (0018,5010): Type 3, VR LO, VM 1-n. Manufacturer defined code or description of ultrasound transducer used."""

    TransducerIdentificationSequence: Annotated[
        list[_DeviceIdentificationItem] | None,
        Attribute(0x00185011, "SQ", "1", "3", name="Transducer Identification Sequence"),
    ] = None
    """Transducer Identification Sequence (0018,5011): Type 3, VR SQ, VM 1. Identification of the ultrasound transducer used. Only a single Item is permitted in this Sequence."""

    TransducerType: Annotated[
        _TransducerTypeTerm | vr.CS | None,
        Attribute(0x00186031, "CS", "1", "3", name="Transducer Type"),
    ] = None
    """Transducer Type (0018,6031): Type 3, VR CS, VM 1. Defined Terms: SECTOR_PHASED SECTOR_MECH SECTOR_ANNULAR LINEAR CURVED LINEAR SINGLE CRYSTAL SPLIT XTAL CWD IV_PHASED IV_ROT XTAL IV_ROT MIRROR ENDOCAV_PA ENDOCAV_MECH ENDOCAV_CLA ENDOCAV_AA ENDOCAV_LINEAR VECTOR_PHASED"""

    FocusDepth: Annotated[
        vr.DS | None, Attribute(0x00185012, "DS", "1", "3", name="Focus Depth")
    ] = None
    """Focus Depth (0018,5012): Type 3, VR DS, VM 1. The depth, from the transducer face, of the manufacturer defined beam focus used for the image, in cm."""

    ProcessingFunction: Annotated[
        vr.LO | None, Attribute(0x00185020, "LO", "1", "3", name="Processing Function")
    ] = None
    """Processing Function (0018,5020): Type 3, VR LO, VM 1. Manufacturer defined description of processing of echo information. Data may include code or description of gain (initial, overall, TGC, dynamic range, etc.), preprocessing, postprocessing, Doppler processing parameters, e.g., cutoff filter..."""

    MechanicalIndex: Annotated[
        vr.DS | None, Attribute(0x00185022, "DS", "1", "3", name="Mechanical Index")
    ] = None
    """Mechanical Index (0018,5022): Type 3, VR DS, VM 1. See Section C.8.5.6.1.8 for Description."""

    BoneThermalIndex: Annotated[
        vr.DS | None, Attribute(0x00185024, "DS", "1", "3", name="Bone Thermal Index")
    ] = None
    """Bone Thermal Index (0018,5024): Type 3, VR DS, VM 1. See Section C.8.5.6.1.8 for Description."""

    CranialThermalIndex: Annotated[
        vr.DS | None, Attribute(0x00185026, "DS", "1", "3", name="Cranial Thermal Index")
    ] = None
    """Cranial Thermal Index (0018,5026): Type 3, VR DS, VM 1. See Section C.8.5.6.1.8 for Description."""

    SoftTissueThermalIndex: Annotated[
        vr.DS | None, Attribute(0x00185027, "DS", "1", "3", name="Soft Tissue Thermal Index")
    ] = None
    """Soft Tissue Thermal Index (0018,5027): Type 3, VR DS, VM 1. See Section C.8.5.6.1.8 for Description."""

    SoftTissueFocusThermalIndex: Annotated[
        vr.DS | None, Attribute(0x00185028, "DS", "1", "3", name="Soft Tissue-focus Thermal Index")
    ] = None
    """Soft Tissue-focus Thermal Index (0018,5028): Type 3, VR DS, VM 1. See Section C.8.5.6.1.8 for Description."""

    SoftTissueSurfaceThermalIndex: Annotated[
        vr.DS | None,
        Attribute(0x00185029, "DS", "1", "3", name="Soft Tissue-surface Thermal Index"),
    ] = None
    """Soft Tissue-surface Thermal Index (0018,5029): Type 3, VR DS, VM 1. See Section C.8.5.6.1.8 for Description."""

    DepthOfScanField: Annotated[
        vr.IS | None, Attribute(0x00185050, "IS", "1", "3", name="Depth of Scan Field")
    ] = None
    """Depth of Scan Field (0018,5050): Type 3, VR IS, VM 1. The depth, in mm, from the transducer face to the deepest point included in the displayed image - the field of view."""

    OverlaySubtype: Annotated[
        _OverlaySubtypeTerm | vr.LO | None,
        Attribute(
            0x60000045,
            "LO",
            "1",
            "1C",
            name="Overlay Subtype",
            when=(
                "unknown",
                "condition not read: not understood: 'this Overlay Group is referenced in an Item of the Sequence of Ultrasound Regions (0018,6011)' (in 'Required if this Overlay Group is referenced in an Item of the Sequence of Ultrasound Regions (0018,6011)')",
            ),
            otherwise="may",
        ),
    ] = None
    """Overlay Subtype (60xx,0045): Type 1C, VR LO, VM 1. Required if this Overlay Group is referenced in an Item of the Sequence of Ultrasound Regions (0018,6011). May be present otherwise. Defined Term that identifies the intended purpose of the ROI Overlay Type. Required if this Overlay Group is referenced in an Item of the Sequence of Ultrasound Regions (0018,6011). May be present otherwise."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item",
        "AnatomicRegionSequenceItem",
    ),
    "BeatRejectionFlag": ("dicomodel.enums.beat_rejection_flag", "BeatRejectionFlag"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IVUSAcquisitionTerm": ("dicomodel.enums.ivus_acquisition", "IVUSAcquisitionTerm"),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OverlaySubtypeTerm": ("dicomodel.enums.overlay_subtype", "OverlaySubtypeTerm"),
    "PhotometricInterpretationTerm": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationTermUSImage",
    ),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
    "SliceProgressionDirection": (
        "dicomodel.enums.slice_progression_direction",
        "SliceProgressionDirection",
    ),
    "StageCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "TransducerIdentificationSequenceItem": (
        "dicomodel.items.device_identification_item",
        "DeviceIdentificationItem",
    ),
    "TransducerTypeTerm": ("dicomodel.enums.transducer_type", "TransducerTypeTerm"),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
    "ViewCodeSequenceItem": (
        "dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction",
        "ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection",
    ),
    "ViewModifierCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
