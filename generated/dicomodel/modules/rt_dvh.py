"""RT DVH Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.dvh_sequence_item import DVHSequenceItem
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTDVHModule(DicomModel):
    """RT DVH Module Attributes (PS3.3 Table C.8-40)."""

    dicom_name: ClassVar[str] = "RT DVH"
    dicom_table: ClassVar[str] = "table_C.8-40"

    ReferencedStructureSetSequence: Annotated[
        list[ReferencedInstanceSequenceItem],
        Attribute(0x300C0060, "SQ", "1", "1", name="Referenced Structure Set Sequence"),
    ]
    """Referenced Structure Set Sequence (300C,0060): Type 1, VR SQ, VM 1. Sequence of one Class/Instance pair describing Structure Set containing structures that are used to calculate Dose-Volume Histograms (DVHs). Only a single Item shall be included in this Sequence. See Section C.8.8.4.1."""

    DVHNormalizationPoint: Annotated[
        list[vr.DS] | None, Attribute(0x30040040, "DS", "3", "3", name="DVH Normalization Point")
    ] = None
    """DVH Normalization Point (3004,0040): Type 3, VR DS, VM 3. Coordinates (x, y, z) of common DVH normalization point in the Patient-Based Coordinate System described in Section C.7.6.2.1.1 (mm)."""

    DVHNormalizationDoseValue: Annotated[
        vr.DS | None, Attribute(0x30040042, "DS", "1", "3", name="DVH Normalization Dose Value")
    ] = None
    """DVH Normalization Dose Value (3004,0042): Type 3, VR DS, VM 1. Dose Value at DVH Normalization Point (3004,0040) used as reference for individual DVHs when Dose Units (3004,0002) is RELATIVE."""

    DVHSequence: Annotated[
        list[DVHSequenceItem], Attribute(0x30040050, "SQ", "1", "1", name="DVH Sequence")
    ]
    """DVH Sequence (3004,0050): Type 1, VR SQ, VM 1. Sequence of DVHs. One or more Items shall be included in this Sequence."""
