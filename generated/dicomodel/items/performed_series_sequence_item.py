"""Item class PerformedSeriesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import archive_requested as _archive_requested
from dicomodel.items.content_creator_identification_code_sequence_item import (
    ContentCreatorIdentificationCodeSequenceItem,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.referenced_image_sequence_item_image_acquisition_results import (
    ReferencedImageSequenceItemImageAcquisitionResults,
)
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel


class PerformedSeriesSequenceItem(DicomModel):
    """An item of Performed Series Sequence (0040,0340), as first defined in Image Acquisition Results Module Attributes (C.4-15)."""

    dicom_name: ClassVar[str] = "Performed Series Sequence"
    dicom_table: ClassVar[str] = "table_C.4-15"

    PerformingPhysicianName: Annotated[
        list[vr.PN] | None,
        Attribute(0x00081050, "PN", "1-n", "3", name="Performing Physician's Name"),
    ] = None
    """Performing Physician's Name (0008,1050): Type -, VR PN, VM 1-n. Name of the physician(s) administering this Series."""

    PerformingPhysicianIdentificationSequence: Annotated[
        list[ContentCreatorIdentificationCodeSequenceItem] | None,
        Attribute(0x00081052, "SQ", "1", "3", name="Performing Physician Identification Sequence"),
    ] = None
    """Performing Physician Identification Sequence (0008,1052): Type -, VR SQ, VM 1. Identification of the physician(s) administering the Series. One or more Items shall be included in this Sequence. If more than one Item, the number and order shall correspond to the value of Performing Physician's Name (0008,1050), if pres..."""

    OperatorsName: Annotated[
        list[vr.PN] | None, Attribute(0x00081070, "PN", "1-n", "3", name="Operators' Name")
    ] = None
    """Operators' Name (0008,1070): Type -, VR PN, VM 1-n. Name(s) of the operator(s) who supporting this Series."""

    OperatorIdentificationSequence: Annotated[
        list[ContentCreatorIdentificationCodeSequenceItem] | None,
        Attribute(0x00081072, "SQ", "1", "3", name="Operator Identification Sequence"),
    ] = None
    """Operator Identification Sequence (0008,1072): Type -, VR SQ, VM 1. Identification of the operator(s) supporting the Series. One or more Items shall be included in this Sequence. If more than one Item, the number and order shall correspond to the value of Operators' Name (0008,1070), if present."""

    ProtocolName: Annotated[
        vr.LO | None, Attribute(0x00181030, "LO", "1", "3", name="Protocol Name")
    ] = None
    """Protocol Name (0018,1030): Type -, VR LO, VM 1. User-defined description of the conditions under which the Series was performed. This Attribute conveys Series-specific protocol identification and may or may not be identical to the one presented in the Performed Protocol Code Sequence (00..."""

    SeriesInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000E, "UI", "1", "3", name="Series Instance UID")
    ] = None
    """Series Instance UID (0020,000E): Type -, VR UI, VM 1. Unique Identifier of the Series."""

    SeriesDescription: Annotated[
        vr.LO | None, Attribute(0x0008103E, "LO", "1", "3", name="Series Description")
    ] = None
    """Series Description (0008,103E): Type -, VR LO, VM 1. Description of the Series."""

    SeriesDescriptionCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x0008103F, "SQ", "1", "3", name="Series Description Code Sequence"),
    ] = None
    """Series Description Code Sequence (0008,103F): Type -, VR SQ, VM 1. A coded description of the Series. Only a single Item shall be included in this Sequence."""

    RetrieveAETitle: Annotated[
        list[vr.AE] | None, Attribute(0x00080054, "AE", "1-n", "3", name="Retrieve AE Title")
    ] = None
    """Retrieve AE Title (0008,0054): Type -, VR AE, VM 1-n. Title of the DICOM Application Entity where the Images and other Composite SOP Instances in this Series may be retrieved on the network. The duration for which this location remains valid is unspecified."""

    ArchiveRequested: Annotated[
        _archive_requested.ArchiveRequested | None,
        Attribute(
            0x0040A494, "CS", "1", "3", name="Archive Requested", enumerated=((0, ("NO", "YES")),)
        ),
    ] = None
    """Archive Requested (0040,A494): Type -, VR CS, VM 1. The Instances in this Series are expected to be archived in the long term archive. Enumerated Values: NO YES"""

    ReferencedImageSequence: Annotated[
        list[ReferencedImageSequenceItemImageAcquisitionResults] | None,
        Attribute(0x00081140, "SQ", "1", "3", name="Referenced Image Sequence"),
    ] = None
    """Referenced Image Sequence (0008,1140): Type -, VR SQ, VM 1. A Sequence that provides reference to Composite SOP Instances created during the acquisition of the procedure step. Zero or more Items shall be included in this Sequence."""

    ReferencedNonImageCompositeSOPInstanceSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(
            0x00400220, "SQ", "1", "3", name="Referenced Non-Image Composite SOP Instance Sequence"
        ),
    ] = None
    """Referenced Non-Image Composite SOP Instance Sequence (0040,0220): Type -, VR SQ, VM 1. Uniquely identifies Instances, other than images, of any SOP Class that conforms to the DICOM Composite IOD Information Model, such as Waveforms, Presentation States or Structured Reports, created during the acquisition of the procedure ste..."""
