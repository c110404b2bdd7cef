"""SR Document Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import modality as _modality
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel


class SRDocumentSeriesModule(DicomModel):
    """SR Document Series Module Attributes (PS3.3 Table C.17-1)."""

    dicom_name: ClassVar[str] = "SR Document Series"
    dicom_table: ClassVar[str] = "table_C.17-1"

    Modality: Annotated[
        _modality.ModalitySRDocumentSeries,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("SR",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that created the Instances in this Series. Enumerated Values: SR SR Document"""

    SeriesInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID")
    ]
    """Series Instance UID (0020,000E): Type 1, VR UI, VM 1. Unique identifier of the Series. No SR-specific semantics are specified."""

    SeriesNumber: Annotated[vr.IS, Attribute(0x00200011, "IS", "1", "1", name="Series Number")]
    """Series Number (0020,0011): Type 1, VR IS, VM 1. A number that identifies the Series. No SR-specific semantics are specified."""

    SeriesDate: Annotated[
        vr.DA | None, Attribute(0x00080021, "DA", "1", "3", name="Series Date")
    ] = None
    """Series Date (0008,0021): Type 3, VR DA, VM 1. Date the Series started."""

    SeriesTime: Annotated[
        vr.TM | None, Attribute(0x00080031, "TM", "1", "3", name="Series Time")
    ] = None
    """Series Time (0008,0031): Type 3, VR TM, VM 1. Time the Series started."""

    ProtocolName: Annotated[
        vr.LO | None, Attribute(0x00181030, "LO", "1", "3", name="Protocol Name")
    ] = None
    """Protocol Name (0018,1030): Type 3, VR LO, VM 1. Description of the conditions under which the Series was performed. This may represent the type of analysis used in creation of the SR SOP Instances."""

    SeriesDescription: Annotated[
        vr.LO | None, Attribute(0x0008103E, "LO", "1", "3", name="Series Description")
    ] = None
    """Series Description (0008,103E): Type 3, VR LO, VM 1. Description of the Series."""

    SeriesDescriptionCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x0008103F, "SQ", "1", "3", name="Series Description Code Sequence"),
    ] = None
    """Series Description Code Sequence (0008,103F): Type 3, VR SQ, VM 1. A coded description of the Series. Only a single Item is permitted in this Sequence."""

    ReferencedPerformedProcedureStepSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x00081111, "SQ", "1", "2", name="Referenced Performed Procedure Step Sequence"),
    ]
    """Referenced Performed Procedure Step Sequence (0008,1111): Type 2, VR SQ, VM 1. Uniquely identifies the Performed Procedure Step SOP Instance for which the Series is created. Zero or one Item shall be included in this Sequence."""

    TreatmentSessionUID: Annotated[
        vr.UI | None, Attribute(0x300A0700, "UI", "1", "3", name="Treatment Session UID")
    ] = None
    """Treatment Session UID (300A,0700): Type 3, VR UI, VM 1. A unique identifier of the RT Treatment Session to which Instances in this Series belong."""
