"""Media Creation Management Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.allow_lossy_compression import (
        AllowLossyCompressionValue as _AllowLossyCompressionValue,
    )
    from dicomodel.enums.allow_media_splitting import (
        AllowMediaSplittingValue as _AllowMediaSplittingValue,
    )
    from dicomodel.enums.barcode_symbology import BarcodeSymbologyTerm as _BarcodeSymbologyTerm
    from dicomodel.enums.execution_status import (
        ExecutionStatusMediaCreationManagementValue as _ExecutionStatusMediaCreationManagementValue,
    )
    from dicomodel.enums.execution_status_info import (
        ExecutionStatusInfoTermMediaCreationManagement as _ExecutionStatusInfoTermMediaCreationManagement,
    )
    from dicomodel.enums.include_display_application import (
        IncludeDisplayApplicationValue as _IncludeDisplayApplicationValue,
    )
    from dicomodel.enums.include_non_dicom_objects import (
        IncludeNonDICOMObjectsTerm as _IncludeNonDICOMObjectsTerm,
    )
    from dicomodel.enums.label_using_information_extracted_from_instances import (
        LabelUsingInformationExtractedFromInstancesValue as _LabelUsingInformationExtractedFromInstancesValue,
    )
    from dicomodel.enums.preserve_composite_instances_after_media_creation import (
        PreserveCompositeInstancesAfterMediaCreationValue as _PreserveCompositeInstancesAfterMediaCreationValue,
    )
    from dicomodel.enums.request_priority import RequestPriorityValue as _RequestPriorityValue
    from dicomodel.items.failed_sop_sequence_item_media_creation_management import (
        FailedSOPSequenceItemMediaCreationManagement as _FailedSOPSequenceItemMediaCreationManagement,
    )
    from dicomodel.items.referenced_sop_sequence_item_media_creation_management import (
        ReferencedSOPSequenceItemMediaCreationManagement as _ReferencedSOPSequenceItemMediaCreationManagement,
    )
    from dicomodel.items.referenced_storage_media_sequence_item import (
        ReferencedStorageMediaSequenceItem as _ReferencedStorageMediaSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AllowLossyCompressionValue = Lazy(
        "dicomodel.enums.allow_lossy_compression", "AllowLossyCompressionValue"
    )
    _AllowMediaSplittingValue = Lazy(
        "dicomodel.enums.allow_media_splitting", "AllowMediaSplittingValue"
    )
    _BarcodeSymbologyTerm = Lazy("dicomodel.enums.barcode_symbology", "BarcodeSymbologyTerm")
    _ExecutionStatusInfoTermMediaCreationManagement = Lazy(
        "dicomodel.enums.execution_status_info", "ExecutionStatusInfoTermMediaCreationManagement"
    )
    _ExecutionStatusMediaCreationManagementValue = Lazy(
        "dicomodel.enums.execution_status", "ExecutionStatusMediaCreationManagementValue"
    )
    _FailedSOPSequenceItemMediaCreationManagement = Lazy(
        "dicomodel.items.failed_sop_sequence_item_media_creation_management",
        "FailedSOPSequenceItemMediaCreationManagement",
    )
    _IncludeDisplayApplicationValue = Lazy(
        "dicomodel.enums.include_display_application", "IncludeDisplayApplicationValue"
    )
    _IncludeNonDICOMObjectsTerm = Lazy(
        "dicomodel.enums.include_non_dicom_objects", "IncludeNonDICOMObjectsTerm"
    )
    _LabelUsingInformationExtractedFromInstancesValue = Lazy(
        "dicomodel.enums.label_using_information_extracted_from_instances",
        "LabelUsingInformationExtractedFromInstancesValue",
    )
    _PreserveCompositeInstancesAfterMediaCreationValue = Lazy(
        "dicomodel.enums.preserve_composite_instances_after_media_creation",
        "PreserveCompositeInstancesAfterMediaCreationValue",
    )
    _ReferencedSOPSequenceItemMediaCreationManagement = Lazy(
        "dicomodel.items.referenced_sop_sequence_item_media_creation_management",
        "ReferencedSOPSequenceItemMediaCreationManagement",
    )
    _ReferencedStorageMediaSequenceItem = Lazy(
        "dicomodel.items.referenced_storage_media_sequence_item",
        "ReferencedStorageMediaSequenceItem",
    )
    _RequestPriorityValue = Lazy("dicomodel.enums.request_priority", "RequestPriorityValue")

if TYPE_CHECKING:
    from dicomodel.enums.allow_lossy_compression import (
        AllowLossyCompression as AllowLossyCompression,
    )
    from dicomodel.enums.allow_media_splitting import AllowMediaSplitting as AllowMediaSplitting
    from dicomodel.enums.barcode_symbology import BarcodeSymbologyTerm as BarcodeSymbologyTerm
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.execution_status import (
        ExecutionStatusMediaCreationManagement as ExecutionStatus,
    )
    from dicomodel.enums.execution_status_info import (
        ExecutionStatusInfoTermMediaCreationManagement as ExecutionStatusInfoTerm,
    )
    from dicomodel.enums.include_display_application import (
        IncludeDisplayApplication as IncludeDisplayApplication,
    )
    from dicomodel.enums.include_non_dicom_objects import (
        IncludeNonDICOMObjectsTerm as IncludeNonDICOMObjectsTerm,
    )
    from dicomodel.enums.label_using_information_extracted_from_instances import (
        LabelUsingInformationExtractedFromInstances as LabelUsingInformationExtractedFromInstances,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationTerm as PhotometricInterpretationTerm,
    )
    from dicomodel.enums.preserve_composite_instances_after_media_creation import (
        PreserveCompositeInstancesAfterMediaCreation as PreserveCompositeInstancesAfterMediaCreation,
    )
    from dicomodel.enums.request_priority import RequestPriority as RequestPriority
    from dicomodel.items.failed_sop_sequence_item_media_creation_management import (
        FailedSOPSequenceItemMediaCreationManagement as FailedSOPSequenceItem,
    )
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as IconImageSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_media_creation_management import (
        ReferencedSOPSequenceItemMediaCreationManagement as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.referenced_storage_media_sequence_item import (
        ReferencedStorageMediaSequenceItem as ReferencedStorageMediaSequenceItem,
    )

__all__ = [
    "AllowLossyCompression",
    "AllowMediaSplitting",
    "BarcodeSymbologyTerm",
    "ColorSpaceTerm",
    "ExecutionStatus",
    "ExecutionStatusInfoTerm",
    "FailedSOPSequenceItem",
    "IconImageSequenceItem",
    "IncludeDisplayApplication",
    "IncludeNonDICOMObjectsTerm",
    "LabelUsingInformationExtractedFromInstances",
    "MediaCreationManagementModule",
    "PhotometricInterpretationTerm",
    "PreserveCompositeInstancesAfterMediaCreation",
    "ReferencedSOPSequenceItem",
    "ReferencedStorageMediaSequenceItem",
    "RequestPriority",
]


class MediaCreationManagementModule(DicomModel):
    """Media Creation Management Module Attributes (PS3.3 Table C.22.1-1)."""

    dicom_name: ClassVar[str] = "Media Creation Management"
    dicom_table: ClassVar[str] = "table_C.22.1-1"

    StorageMediaFileSetID: Annotated[
        vr.SH | None, Attribute(0x00880130, "SH", "1", None, name="Storage Media File-Set ID")
    ] = None
    """Storage Media File-Set ID (0088,0130): no Type, VR SH, VM 1. User or implementation specific human readable identification of the Storage Media to be created."""

    StorageMediaFileSetUID: Annotated[
        vr.UI | None, Attribute(0x00880140, "UI", "1", None, name="Storage Media File-Set UID")
    ] = None
    """Storage Media File-Set UID (0088,0140): no Type, VR UI, VM 1. Uniquely identifies a Storage Media to be created."""

    NumberOfCopies: Annotated[
        vr.IS | None, Attribute(0x20000010, "IS", "1", None, name="Number of Copies")
    ] = None
    """Number of Copies (2000,0010): no Type, VR IS, VM 1. Number of copies of set of media to be created for storing this file-set. If the entire request fits on a single piece of media per copy, then this value corresponds to the actual number of pieces of media to be created."""

    RequestPriority: Annotated[
        _RequestPriorityValue | None,
        Attribute(
            0x22000020,
            "CS",
            "1",
            None,
            name="Request Priority",
            enumerated=((0, ("HIGH", "MED", "LOW")),),
        ),
    ] = None
    """Request Priority (2200,0020): no Type, VR CS, VM 1. Specifies the priority of the request. Enumerated Values: HIGH MED LOW"""

    LabelUsingInformationExtractedFromInstances: Annotated[
        _LabelUsingInformationExtractedFromInstancesValue | None,
        Attribute(
            0x22000001,
            "CS",
            "1",
            None,
            name="Label Using Information Extracted From Instances",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Label Using Information Extracted From Instances (2200,0001): no Type, VR CS, VM 1. Specifies whether or not to extract label information from the Instances. Enumerated Values: YES NO"""

    LabelText: Annotated[
        vr.UT | None, Attribute(0x22000002, "UT", "1", None, name="Label Text")
    ] = None
    """Label Text (2200,0002): no Type, VR UT, VM 1. Unformatted free text to include in the label instead of or in addition to information extracted from the Instances."""

    LabelStyleSelection: Annotated[
        vr.CS | None, Attribute(0x22000003, "CS", "1", None, name="Label Style Selection")
    ] = None
    """Label Style Selection (2200,0003): no Type, VR CS, VM 1. An implementation-dependent code string that may be used as a hint to select a particular layout or format of label."""

    MediaDisposition: Annotated[
        vr.LT | None, Attribute(0x22000004, "LT", "1", None, name="Media Disposition")
    ] = None
    """Media Disposition (2200,0004): no Type, VR LT, VM 1. Unstructured text that describes where and to whom the media is to be transmitted."""

    BarcodeValue: Annotated[
        vr.LT | None, Attribute(0x22000005, "LT", "1", None, name="Barcode Value")
    ] = None
    """Barcode Value (2200,0005): no Type, VR LT, VM 1. String that describes the bar code value to be printed on the media label. Note It is SCU responsibility to convey a value for this Attribute coherent in length and content with the requested Barcode Symbology (2200,0006)."""

    BarcodeSymbology: Annotated[
        _BarcodeSymbologyTerm | vr.CS | None,
        Attribute(0x22000006, "CS", "1", None, name="Barcode Symbology"),
    ] = None
    """Barcode Symbology (2200,0006): no Type, VR CS, VM 1. Code string that describes the bar code symbology that shall be used for printing Barcode Value (2200,0005). See Section C.22.1.1 for Defined Terms."""

    AllowMediaSplitting: Annotated[
        _AllowMediaSplittingValue | None,
        Attribute(
            0x22000007,
            "CS",
            "1",
            None,
            name="Allow Media Splitting",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Allow Media Splitting (2200,0007): no Type, VR CS, VM 1. The SCP is not required to support the split of a media creation request across more than one piece of media. A flag indicating if the SCP is allowed to split this request over more than one piece of media. Enumerated Values: YES NO The SCP is not required to support the split of a media creation request across more than one piece of media."""

    AllowLossyCompression: Annotated[
        _AllowLossyCompressionValue | None,
        Attribute(
            0x2200000F,
            "CS",
            "1",
            None,
            name="Allow Lossy Compression",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Allow Lossy Compression (2200,000F): no Type, VR CS, VM 1. A flag indicating if the SCP is allowed to perform lossy compression. Enumerated Values: YES NO"""

    IncludeNonDICOMObjects: Annotated[
        _IncludeNonDICOMObjectsTerm | vr.CS | None,
        Attribute(0x22000008, "CS", "1", None, name="Include Non-DICOM Objects"),
    ] = None
    """Include Non-DICOM Objects (2200,0008): no Type, VR CS, VM 1. A flag indicating if the SCP should include in the media additional Non-DICOM information/objects Defined Terms: NO FOR_PHYSICIAN FOR_PATIENT FOR_TEACHING FOR_RESEARCH"""

    IncludeDisplayApplication: Annotated[
        _IncludeDisplayApplicationValue | None,
        Attribute(
            0x22000009,
            "CS",
            "1",
            None,
            name="Include Display Application",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Include Display Application (2200,0009): no Type, VR CS, VM 1. A flag indicating if the SCP should include on the media a DICOM Instance Display Application. Enumerated Values: YES NO"""

    PreserveCompositeInstancesAfterMediaCreation: Annotated[
        _PreserveCompositeInstancesAfterMediaCreationValue | None,
        Attribute(
            0x2200000A,
            "CS",
            "1",
            None,
            name="Preserve Composite Instances After Media Creation",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Preserve Composite Instances After Media Creation (2200,000A): no Type, VR CS, VM 1. A flag to indicate whether or not the SCU intends to issue a subsequent media creation request referencing some or all of the Instances contained in Referenced SOP Sequence (0008,1199). Enumerated Values: YES NO"""

    ReferencedSOPSequence: Annotated[
        list[_ReferencedSOPSequenceItemMediaCreationManagement] | None,
        Attribute(0x00081199, "SQ", "1", None, name="Referenced SOP Sequence"),
    ] = None
    """Referenced SOP Sequence (0008,1199): no Type, VR SQ, VM 1. A Sequence of Items where each Item references a single SOP Instance, the Media Application Profile to be used, and, where applicable, the icon representing the referenced image."""

    ExecutionStatus: Annotated[
        _ExecutionStatusMediaCreationManagementValue | None,
        Attribute(
            0x21000020,
            "CS",
            "1",
            None,
            name="Execution Status",
            enumerated=((0, ("IDLE", "PENDING", "CREATING", "DONE", "FAILURE")),),
        ),
    ] = None
    """Execution Status (2100,0020): no Type, VR CS, VM 1. Execution status of a request. See Section C.22.1.2 for Enumerated Values."""

    ExecutionStatusInfo: Annotated[
        _ExecutionStatusInfoTermMediaCreationManagement | vr.CS | None,
        Attribute(0x21000030, "CS", "1", None, name="Execution Status Info"),
    ] = None
    """Execution Status Info (2100,0030): no Type, VR CS, VM 1. Additional information about Execution Status (2100,0020). Defined Terms if Execution Status (2100,0020) is DONE, CREATING or IDLE: NORMAL See Section C.22.1.3 for Defined Terms when the Execution Status is PENDING or FAILURE."""

    TotalNumberOfPiecesOfMediaCreated: Annotated[
        vr.US | None,
        Attribute(0x2200000B, "US", "1", None, name="Total Number of Pieces of Media Created"),
    ] = None
    """Total Number of Pieces of Media Created (2200,000B): no Type, VR US, VM 1. Number of pieces of media that have been successfully created, in order to store all copies of the requested file-set. If the entire request fits on a single piece of media per copy, then this value corresponds to the number of copies of me..."""

    FailedSOPSequence: Annotated[
        list[_FailedSOPSequenceItemMediaCreationManagement] | None,
        Attribute(0x00081198, "SQ", "1", None, name="Failed SOP Sequence"),
    ] = None
    """Failed SOP Sequence (0008,1198): no Type, VR SQ, VM 1. A Sequence of Items describing SOP Instances for which media creation failed."""

    ReferencedStorageMediaSequence: Annotated[
        list[_ReferencedStorageMediaSequenceItem] | None,
        Attribute(0x2200000D, "SQ", "1", None, name="Referenced Storage Media Sequence"),
    ] = None
    """Referenced Storage Media Sequence (2200,000D): no Type, VR SQ, VM 1. A Sequence describing the identifiers of all pieces of media created to satisfy the request. One or more Items are allowed."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AllowLossyCompression": ("dicomodel.enums.allow_lossy_compression", "AllowLossyCompression"),
    "AllowMediaSplitting": ("dicomodel.enums.allow_media_splitting", "AllowMediaSplitting"),
    "BarcodeSymbologyTerm": ("dicomodel.enums.barcode_symbology", "BarcodeSymbologyTerm"),
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
    "ExecutionStatus": (
        "dicomodel.enums.execution_status",
        "ExecutionStatusMediaCreationManagement",
    ),
    "ExecutionStatusInfoTerm": (
        "dicomodel.enums.execution_status_info",
        "ExecutionStatusInfoTermMediaCreationManagement",
    ),
    "FailedSOPSequenceItem": (
        "dicomodel.items.failed_sop_sequence_item_media_creation_management",
        "FailedSOPSequenceItemMediaCreationManagement",
    ),
    "IconImageSequenceItem": (
        "dicomodel.items.image_pixel_item_image_reference",
        "ImagePixelItemImageReference",
    ),
    "IncludeDisplayApplication": (
        "dicomodel.enums.include_display_application",
        "IncludeDisplayApplication",
    ),
    "IncludeNonDICOMObjectsTerm": (
        "dicomodel.enums.include_non_dicom_objects",
        "IncludeNonDICOMObjectsTerm",
    ),
    "LabelUsingInformationExtractedFromInstances": (
        "dicomodel.enums.label_using_information_extracted_from_instances",
        "LabelUsingInformationExtractedFromInstances",
    ),
    "PhotometricInterpretationTerm": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationTerm",
    ),
    "PreserveCompositeInstancesAfterMediaCreation": (
        "dicomodel.enums.preserve_composite_instances_after_media_creation",
        "PreserveCompositeInstancesAfterMediaCreation",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_media_creation_management",
        "ReferencedSOPSequenceItemMediaCreationManagement",
    ),
    "ReferencedStorageMediaSequenceItem": (
        "dicomodel.items.referenced_storage_media_sequence_item",
        "ReferencedStorageMediaSequenceItem",
    ),
    "RequestPriority": ("dicomodel.enums.request_priority", "RequestPriority"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
